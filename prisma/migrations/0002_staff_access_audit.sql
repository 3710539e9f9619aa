-- Up Migration

-- For exclusion constraints that mix equality and range overlap.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The clinic's own settings: one row, created at first start from the environment.
CREATE TABLE clinic_settings (
  singleton            boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  name                 text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 120),
  country              text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  time_zone            text NOT NULL CHECK (time_zone <> ''),
  currency             text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  session_idle_minutes integer NOT NULL DEFAULT 30 CHECK (session_idle_minutes BETWEEN 5 AND 240),
  session_max_hours    integer NOT NULL DEFAULT 12 CHECK (session_max_hours BETWEEN 1 AND 24),
  updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER clinic_settings_touch_updated_at BEFORE UPDATE ON clinic_settings
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- Opening hours in the clinic's local time, several intervals a day allowed.
CREATE TABLE clinic_opening_hours (
  id      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens   time NOT NULL,
  closes  time NOT NULL,
  CHECK (opens < closes),
  CONSTRAINT clinic_opening_hours_no_overlap EXCLUDE USING gist (
    weekday WITH =,
    tsrange(DATE '2000-01-01' + opens, DATE '2000-01-01' + closes) WITH &&)
);

CREATE TABLE staff (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name           text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
  email          text NOT NULL UNIQUE CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  role           text NOT NULL CHECK (role IN ('owner', 'receptionist', 'artist')),
  password_hash  text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  deactivated_at timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER staff_touch_updated_at BEFORE UPDATE ON staff
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE INDEX staff_by_name ON staff (name, id);

CREATE TABLE artist_certifications (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id   uuid NOT NULL REFERENCES staff (id),
  name       text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 200),
  issuer     text CHECK (length(issuer) <= 200),
  issued_on  date,
  expires_on date NOT NULL,
  -- Removed certifications are kept: the history of who was certified when matters.
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (issued_on IS NULL OR issued_on < expires_on)
);

CREATE INDEX artist_certifications_current ON artist_certifications (staff_id, expires_on) WHERE removed_at IS NULL;

-- A signed-in session (web app cookie) or an access token (scripts). Only a hash of
-- the secret is stored, so a copy of this table signs nobody in.
CREATE TABLE staff_sessions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id     uuid NOT NULL REFERENCES staff (id),
  kind         text NOT NULL CHECK (kind IN ('cookie', 'bearer')),
  token_hash   bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  csrf_token   text CHECK ((kind = 'cookie') = (csrf_token IS NOT NULL)),
  label        text CHECK (length(label) <= 100),
  address      inet,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ended_at     timestamptz,
  end_reason   text CHECK (end_reason IN ('signed_out', 'idle', 'expired', 'deactivated', 'password_changed')),
  CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
  CHECK (expires_at > created_at)
);

CREATE INDEX staff_sessions_open ON staff_sessions (staff_id) WHERE ended_at IS NULL;

-- Failed sign-ins per account (email as typed) and per address, to slow and then
-- lock guessing. A row is a counting window; success clears the account's row.
CREATE TABLE sign_in_throttles (
  scope        text NOT NULL CHECK (scope IN ('account', 'address')),
  key          text NOT NULL CHECK (length(key) <= 254),
  failures     integer NOT NULL CHECK (failures > 0),
  window_start timestamptz NOT NULL,
  locked_until timestamptz,
  PRIMARY KEY (scope, key)
);

-- Who did what to which record, from where. Append-only: see the triggers below.
CREATE TABLE audit_events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  action         text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
  actor_id       uuid REFERENCES staff (id),
  entity_type    text CHECK (entity_type ~ '^[a-z_]+$'),
  entity_id      text CHECK (length(entity_id) <= 100),
  client_id      uuid REFERENCES clients (id),
  address        inet,
  request_id     text CHECK (length(request_id) <= 128),
  changed_fields text[] NOT NULL DEFAULT '{}',
  details        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object')
);

-- The trail is read newest first, which is descending id; filters narrow it.
CREATE INDEX audit_events_by_time ON audit_events (occurred_at);
CREATE INDEX audit_events_by_actor ON audit_events (actor_id, id DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX audit_events_by_client ON audit_events (client_id, id DESC) WHERE client_id IS NOT NULL;
CREATE INDEX audit_events_by_action ON audit_events (action, id DESC);

-- The app's role has no UPDATE or DELETE on this table (see 0003_app_role); the
-- triggers also stop the table's owner, short of disabling them.
CREATE FUNCTION refuse_audit_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();

-- Down Migration

DROP TABLE audit_events;
DROP FUNCTION refuse_audit_change();
DROP TABLE sign_in_throttles;
DROP TABLE staff_sessions;
DROP TABLE artist_certifications;
DROP TABLE staff;
DROP TABLE clinic_opening_hours;
DROP TABLE clinic_settings;
