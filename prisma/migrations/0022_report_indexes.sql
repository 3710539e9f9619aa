-- Up Migration

-- The owner's business reports (apps/api/src/business-reports) each read one range
-- of days; these let them read that range, not the whole history. Checked with
-- EXPLAIN on the reports benchmark's clinic (1,000,000 appointments).

-- One artist's attendance, consultations and booked hours in the range.
CREATE INDEX appointments_by_artist_start ON appointments (artist_id, starts_at);

-- Plans started in the range (plan completion).
CREATE INDEX treatment_plans_by_start ON treatment_plans (started_at) WHERE started_at IS NOT NULL;

-- Maintenance recalls sent in the range (recall conversion).
CREATE INDEX client_messages_recalls_sent ON client_messages (sent_at) WHERE kind = 'maintenance_recall' AND status = 'sent';

-- A client's maintenance bookings after a recall (recall conversion).
CREATE INDEX appointments_maintenance_by_client ON appointments (client_id, created_at) WHERE kind = 'maintenance';

-- Deposits paid by the end of the range, summed per plan from the index alone (deposits held).
CREATE INDEX payments_deposits ON payments (plan_id, received_at, amount_minor) WHERE purpose = 'deposit';

-- Down Migration

DROP INDEX payments_deposits;
DROP INDEX appointments_maintenance_by_client;
DROP INDEX client_messages_recalls_sent;
DROP INDEX treatment_plans_by_start;
DROP INDEX appointments_by_artist_start;
