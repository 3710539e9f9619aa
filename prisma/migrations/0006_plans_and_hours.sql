-- Up Migration

-- Scheduling settings of the clinic (domain.md, "Scheduling rules").
ALTER TABLE clinic_settings
  ADD COLUMN session_spacing_min_days integer NOT NULL DEFAULT 7 CHECK (session_spacing_min_days BETWEEN 1 AND 60),
  ADD COLUMN session_spacing_max_days integer NOT NULL DEFAULT 28 CHECK (session_spacing_max_days BETWEEN 1 AND 120),
  ADD COLUMN maintenance_recall_years integer NOT NULL DEFAULT 4 CHECK (maintenance_recall_years BETWEEN 1 AND 10),
  ADD COLUMN consultation_minutes integer NOT NULL DEFAULT 45 CHECK (consultation_minutes BETWEEN 15 AND 120),
  ADD COLUMN session_minutes integer NOT NULL DEFAULT 210 CHECK (session_minutes BETWEEN 60 AND 360),
  ADD COLUMN touch_up_minutes integer NOT NULL DEFAULT 120 CHECK (touch_up_minutes BETWEEN 30 AND 360),
  ADD COLUMN maintenance_minutes integer NOT NULL DEFAULT 180 CHECK (maintenance_minutes BETWEEN 30 AND 360),
  ADD COLUMN slot_step_minutes integer NOT NULL DEFAULT 15 CHECK (slot_step_minutes IN (5, 10, 15, 20, 30, 60)),
  ADD CHECK (session_spacing_min_days <= session_spacing_max_days);

-- An artist's working hours in the clinic's local time; a break is the gap between two intervals.
CREATE TABLE artist_working_hours (
  id       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id uuid NOT NULL REFERENCES staff (id),
  weekday  smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  starts   time NOT NULL,
  ends     time NOT NULL,
  CHECK (starts < ends),
  CONSTRAINT artist_working_hours_no_overlap EXCLUDE USING gist (
    staff_id WITH =, weekday WITH =, tsrange(DATE '2000-01-01' + starts, DATE '2000-01-01' + ends) WITH &&)
);

-- Whole days an artist does not work: days off, holidays, sickness, training.
CREATE TABLE artist_time_off (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id   uuid NOT NULL REFERENCES staff (id),
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  reason     text NOT NULL CHECK (reason IN ('day_off', 'holiday', 'sick', 'training', 'other')),
  note       text CHECK (length(note) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on)
);
CREATE INDEX artist_time_off_by_staff ON artist_time_off (staff_id, ends_on);

-- Days the whole clinic is closed.
CREATE TABLE clinic_closures (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  starts_on  date NOT NULL,
  ends_on    date NOT NULL,
  reason     text NOT NULL CHECK (btrim(reason) <> '' AND length(reason) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (starts_on <= ends_on)
);
CREATE INDEX clinic_closures_by_end ON clinic_closures (ends_on);

-- The clinic's price list: a plan of each style, and an extra paid session.
CREATE TABLE treatment_prices (
  style                     text PRIMARY KEY CHECK (style IN ('hairline_restoration', 'density', 'edge_up', 'scar_camouflage',
                              'womens_density', 'alopecia_medical', 'correction')),
  plan_price_minor          integer NOT NULL CHECK (plan_price_minor >= 0),
  extra_session_price_minor integer NOT NULL CHECK (extra_session_price_minor >= 0),
  updated_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE treatment_plans (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id           uuid NOT NULL REFERENCES clients (id),
  style               text NOT NULL CHECK (style IN ('hairline_restoration', 'density', 'edge_up', 'scar_camouflage',
                        'womens_density', 'alopecia_medical', 'correction')),
  artist_id           uuid NOT NULL REFERENCES staff (id),
  status              text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'completed', 'cancelled')),
  quoted_price_minor  integer NOT NULL CHECK (quoted_price_minor >= 0),
  currency            text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  notes               text CHECK (length(notes) <= 2000),
  cancellation_reason text CHECK (length(cancellation_reason) <= 500),
  override_reason     text CHECK (length(override_reason) <= 1000),
  created_by          uuid NOT NULL REFERENCES staff (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  started_at          timestamptz,
  completed_at        timestamptz,
  cancelled_at        timestamptz,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL)),
  CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
  CHECK (status = 'draft' OR started_at IS NOT NULL)
);
CREATE TRIGGER treatment_plans_touch_updated_at BEFORE UPDATE ON treatment_plans
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX treatment_plans_by_client ON treatment_plans (client_id, created_at DESC);
CREATE INDEX treatment_plans_active ON treatment_plans (status) WHERE status IN ('active', 'completed');

-- Session n of a plan: 2 planned by default, a 3rd on request, extra paid touch-ups after.
CREATE TABLE plan_sessions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id     uuid NOT NULL REFERENCES treatment_plans (id),
  number      smallint NOT NULL CHECK (number BETWEEN 1 AND 12),
  kind        text NOT NULL CHECK (kind IN ('included', 'extra')),
  shade       text NOT NULL CHECK (btrim(shade) <> '' AND length(shade) <= 120),
  price_minor integer NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number),
  CHECK (kind = 'extra' OR price_minor = 0)
);

ALTER TABLE appointments
  ADD COLUMN plan_session_id uuid REFERENCES plan_sessions (id),
  ADD CHECK ((kind = 'plan_session') = (plan_session_id IS NOT NULL));
-- A plan session holds one live appointment at a time; cancelled ones stay as history.
CREATE UNIQUE INDEX appointments_one_live_per_session ON appointments (plan_session_id)
  WHERE plan_session_id IS NOT NULL AND status NOT IN ('cancelled', 'no_show');

-- Reception's calls and messages about follow-ups, so two people do not call the same client.
CREATE TABLE follow_up_contacts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id    uuid NOT NULL REFERENCES clients (id),
  plan_id      uuid REFERENCES treatment_plans (id),
  channel      text NOT NULL CHECK (channel IN ('phone', 'sms', 'whatsapp', 'email', 'in_person')),
  outcome      text NOT NULL CHECK (outcome IN ('booked', 'no_answer', 'left_message', 'call_back', 'declined')),
  note         text CHECK (length(note) <= 1000),
  staff_id     uuid NOT NULL REFERENCES staff (id),
  contacted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_contacts_by_client ON follow_up_contacts (client_id, contacted_at DESC);
REVOKE UPDATE, DELETE ON follow_up_contacts FROM smp_app;

-- Down Migration

DROP TABLE follow_up_contacts;
DROP INDEX appointments_one_live_per_session;
ALTER TABLE appointments DROP COLUMN plan_session_id;
DROP TABLE plan_sessions;
DROP TABLE treatment_plans;
DROP TABLE treatment_prices;
DROP TABLE clinic_closures;
DROP TABLE artist_time_off;
DROP TABLE artist_working_hours;
ALTER TABLE clinic_settings
  DROP COLUMN slot_step_minutes, DROP COLUMN maintenance_minutes, DROP COLUMN touch_up_minutes, DROP COLUMN session_minutes,
  DROP COLUMN consultation_minutes, DROP COLUMN maintenance_recall_years, DROP COLUMN session_spacing_max_days,
  DROP COLUMN session_spacing_min_days;
