-- Up Migration

-- The public side: clients book a consultation online without signing in.

-- Every secret a client holds (a booking request's handle, a manage-booking link) is a
-- random 256-bit token kept only as its SHA-256, for one purpose, about one subject,
-- until it expires, is used (where its purpose allows one use) or is revoked.
-- Later features (intake from home) add purposes and subject columns.
CREATE TABLE public_tokens (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  purpose            text NOT NULL CONSTRAINT public_tokens_purpose_check CHECK (purpose IN ('email_verification', 'manage_booking')),
  token_hash         bytea NOT NULL UNIQUE CONSTRAINT public_tokens_token_hash_check CHECK (length(token_hash) = 32),
  booking_request_id uuid,
  appointment_id     uuid REFERENCES appointments (id),
  expires_at         timestamptz NOT NULL,
  used_at            timestamptz,
  revoked_at         timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT public_tokens_email_verification_subject CHECK (purpose <> 'email_verification' OR booking_request_id IS NOT NULL),
  CONSTRAINT public_tokens_manage_booking_subject CHECK (purpose <> 'manage_booking' OR appointment_id IS NOT NULL)
);
CREATE INDEX public_tokens_by_appointment ON public_tokens (appointment_id) WHERE appointment_id IS NOT NULL;

-- Requests to public endpoints counted per bucket (an endpoint's limit), key (an
-- address, or an email's hash) and fixed window, in the database so that every
-- instance of the app counts together.
CREATE TABLE rate_limit_counts (
  bucket       text NOT NULL CONSTRAINT rate_limit_counts_bucket_check CHECK (bucket ~ '^[a-z_:]+$'),
  key          text NOT NULL CONSTRAINT rate_limit_counts_key_check CHECK (length(key) <= 100),
  window_start timestamptz NOT NULL,
  hits         integer NOT NULL CONSTRAINT rate_limit_counts_hits_check CHECK (hits > 0),
  PRIMARY KEY (bucket, key, window_start)
);
CREATE INDEX rate_limit_counts_by_window ON rate_limit_counts (window_start);

-- What the clinic offers online: one row.
CREATE TABLE online_booking_settings (
  id               boolean PRIMARY KEY DEFAULT true CONSTRAINT online_booking_settings_one_row CHECK (id),
  enabled          boolean NOT NULL DEFAULT false,
  -- The artists a client may choose (or get with "any"); deactivated ones are skipped.
  artist_ids       uuid[] NOT NULL DEFAULT '{}' CONSTRAINT online_booking_settings_artist_ids_check CHECK (cardinality(artist_ids) <= 100),
  -- The kinds of consultation offered: at the clinic, by phone, by video.
  modes            text[] NOT NULL DEFAULT '{in_person}' CONSTRAINT online_booking_settings_modes_check
                     CHECK (modes <@ ARRAY['in_person', 'phone', 'video']::text[]),
  min_notice_hours integer NOT NULL DEFAULT 24 CONSTRAINT online_booking_settings_min_notice_hours_check CHECK (min_notice_hours BETWEEN 0 AND 336),
  horizon_days     integer NOT NULL DEFAULT 60 CONSTRAINT online_booking_settings_horizon_days_check CHECK (horizon_days BETWEEN 1 AND 365),
  updated_by       uuid REFERENCES staff (id),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
INSERT INTO online_booking_settings DEFAULT VALUES;
REVOKE INSERT, DELETE, TRUNCATE ON online_booking_settings FROM smp_app;

-- A client's request for a consultation, from the form until it is booked. The
-- emailed code is kept as the SHA-256 of the request's id and the code.
CREATE TABLE booking_requests (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  mode            text NOT NULL CONSTRAINT booking_requests_mode_check CHECK (mode IN ('in_person', 'phone', 'video')),
  -- Null: any offered artist, chosen when the slot is held.
  artist_id       uuid REFERENCES staff (id),
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL,
  first_name      text NOT NULL CONSTRAINT booking_requests_first_name_check CHECK (btrim(first_name) <> '' AND length(first_name) <= 100),
  last_name       text NOT NULL CONSTRAINT booking_requests_last_name_check CHECK (btrim(last_name) <> '' AND length(last_name) <= 100),
  email           text NOT NULL CONSTRAINT booking_requests_email_check CHECK (email = lower(email) AND length(email) <= 254),
  phone           text CONSTRAINT booking_requests_phone_check CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  code_hash       bytea NOT NULL CONSTRAINT booking_requests_code_hash_check CHECK (length(code_hash) = 32),
  failed_attempts integer NOT NULL DEFAULT 0 CONSTRAINT booking_requests_failed_attempts_check CHECK (failed_attempts >= 0),
  verified_at     timestamptz,
  appointment_id  uuid UNIQUE REFERENCES appointments (id),
  address         inet,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT booking_requests_time_order CHECK (ends_at > starts_at)
);
ALTER TABLE public_tokens ADD CONSTRAINT public_tokens_booking_request_id_fkey FOREIGN KEY (booking_request_id) REFERENCES booking_requests (id);
CREATE INDEX public_tokens_by_booking_request ON public_tokens (booking_request_id) WHERE booking_request_id IS NOT NULL;

-- A slot held for a verified request while the client confirms. Two live holds of one
-- artist never overlap (lapsed ones are released first, in the same transaction:
-- a constraint cannot compare with the clock), and neither do a live hold and an
-- appointment: the triggers below check each against the other under a per-artist
-- transaction lock (pg_advisory_xact_lock, which a transaction-mode pooler keeps).
CREATE TABLE slot_holds (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  booking_request_id uuid NOT NULL REFERENCES booking_requests (id),
  artist_id          uuid NOT NULL REFERENCES staff (id),
  starts_at          timestamptz NOT NULL,
  ends_at            timestamptz NOT NULL,
  expires_at         timestamptz NOT NULL,
  released_at        timestamptz,
  released_for       text CONSTRAINT slot_holds_released_for_check CHECK (released_for IN ('lapsed', 'booked', 'moved')),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT slot_holds_time_order CHECK (ends_at > starts_at),
  CONSTRAINT slot_holds_released_whole CHECK ((released_at IS NULL) = (released_for IS NULL)),
  CONSTRAINT slot_holds_artist_free EXCLUDE USING gist (artist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (released_at IS NULL)
);
CREATE INDEX slot_holds_by_request ON slot_holds (booking_request_id);

CREATE FUNCTION lock_artist_time(artist uuid) RETURNS void LANGUAGE sql AS $$
  SELECT pg_advisory_xact_lock(hashtextextended('artist_time:' || artist::text, 0));
$$;

CREATE FUNCTION refuse_hold_over_appointment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_artist_time(NEW.artist_id);
  IF EXISTS (SELECT 1 FROM appointments
              WHERE artist_id = NEW.artist_id AND status NOT IN ('cancelled', 'no_show')
                AND tstzrange(starts_at, ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
    RAISE EXCEPTION 'slot_holds_artist_booked: the artist has an appointment at that time'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'slot_holds_artist_booked';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER slot_holds_not_over_appointments BEFORE INSERT ON slot_holds
  FOR EACH ROW WHEN (NEW.released_at IS NULL) EXECUTE FUNCTION refuse_hold_over_appointment();

-- The same message as the artist's exclusion constraint, so staff booking tells it the same way.
CREATE FUNCTION refuse_appointment_over_hold() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lock_artist_time(NEW.artist_id);
  IF EXISTS (SELECT 1 FROM slot_holds
              WHERE artist_id = NEW.artist_id AND released_at IS NULL AND expires_at > now()
                AND tstzrange(starts_at, ends_at) && tstzrange(NEW.starts_at, NEW.ends_at)) THEN
    RAISE EXCEPTION 'appointments_artist_free: the artist''s time is held for an online booking'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'appointments_artist_free';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER appointments_not_over_holds BEFORE INSERT ON appointments
  FOR EACH ROW WHEN (NEW.status NOT IN ('cancelled', 'no_show')) EXECUTE FUNCTION refuse_appointment_over_hold();
CREATE TRIGGER appointments_moved_not_over_holds BEFORE UPDATE OF artist_id, starts_at, ends_at, status ON appointments
  FOR EACH ROW WHEN (NEW.status NOT IN ('cancelled', 'no_show') AND (NEW.artist_id, NEW.starts_at, NEW.ends_at, OLD.status IN ('cancelled', 'no_show'))
    IS DISTINCT FROM (OLD.artist_id, OLD.starts_at, OLD.ends_at, false))
  EXECUTE FUNCTION refuse_appointment_over_hold();

-- A booking the client made online has no staff member behind it.
ALTER TABLE appointments
  ADD COLUMN booked_online boolean NOT NULL DEFAULT false,
  ALTER COLUMN created_by DROP NOT NULL,
  ADD CONSTRAINT appointments_by_someone CHECK (created_by IS NOT NULL OR booked_online);

-- A client created by an online booking, until reception confirms them.
ALTER TABLE clients ADD COLUMN online_unconfirmed_since timestamptz;
CREATE INDEX clients_online_unconfirmed ON clients (online_unconfirmed_since) WHERE online_unconfirmed_since IS NOT NULL;

-- Emails to people who may not be clients yet (a booking's code, its manage link),
-- handed to the job queue with what they say; the queue drops a job once it is done.
-- As the schema's owner, so the app needs no right to the queue's tables.
CREATE FUNCTION enqueue_public_email(recipient text, subject text, body text, message_id text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  PERFORM graphile_worker.add_job('send_public_email',
    json_build_object('to', recipient, 'subject', subject, 'text', body, 'messageId', message_id), max_attempts => 5);
END;
$$;

-- Down Migration

DROP FUNCTION enqueue_public_email(text, text, text, text);
DROP INDEX clients_online_unconfirmed;
ALTER TABLE clients DROP COLUMN online_unconfirmed_since;
ALTER TABLE appointments DROP CONSTRAINT appointments_by_someone, ALTER COLUMN created_by SET NOT NULL, DROP COLUMN booked_online;
DROP TRIGGER appointments_moved_not_over_holds ON appointments;
DROP TRIGGER appointments_not_over_holds ON appointments;
DROP FUNCTION refuse_appointment_over_hold();
DROP TABLE slot_holds;
DROP FUNCTION refuse_hold_over_appointment();
DROP FUNCTION lock_artist_time(uuid);
DROP TABLE public_tokens;
DROP TABLE booking_requests;
DROP TABLE online_booking_settings;
DROP TABLE rate_limit_counts;
