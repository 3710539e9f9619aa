-- Up Migration

-- Held money paid back on a plan (refunds without a credit note), taken off its
-- deposits in the deposits-held report (apps/api/src/business-reports).
CREATE INDEX payments_held_refunds ON payments (plan_id, received_at, amount_minor) WHERE purpose = 'refund' AND invoice_id IS NULL;

-- Down Migration

DROP INDEX payments_held_refunds;
