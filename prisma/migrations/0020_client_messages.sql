-- Up Migration

-- Messages to clients (confirmations, reminders, preparation, aftercare, recalls).
-- `client_messages` is the transactional outbox: a message is written in the same
-- transaction as the booking, move, cancellation or session record that causes it,
-- and the trigger below hands it to the job queue (graphile-worker, whose schema the
-- migration runner installs before these files) in that same transaction. A message
-- is therefore never lost when the app stops after commit, and the queue's lock on
-- the job lets one worker of however many app instances deliver it.

-- What the clinic's messages need to say and when they may be sent.
ALTER TABLE clinic_settings
  ADD COLUMN address text CONSTRAINT clinic_settings_address_check CHECK (length(address) <= 300),
  ADD COLUMN phone text CONSTRAINT clinic_settings_phone_check CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  ADD COLUMN email text CONSTRAINT clinic_settings_email_check CHECK (email = lower(email) AND email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  -- Hours before an appointment at which a reminder goes out; none when empty.
  ADD COLUMN reminder_hours integer[] NOT NULL DEFAULT '{48,24}' CONSTRAINT clinic_settings_reminder_hours_check
    CHECK (cardinality(reminder_hours) <= 3 AND 1 <= ALL (reminder_hours) AND 336 >= ALL (reminder_hours)),
  -- No scheduled message goes out between these local times (it goes before they begin).
  ADD COLUMN quiet_hours_start time DEFAULT '21:00',
  ADD COLUMN quiet_hours_end time DEFAULT '08:00',
  ADD COLUMN preparation_days_before integer NOT NULL DEFAULT 2 CONSTRAINT clinic_settings_preparation_days_before_check
    CHECK (preparation_days_before BETWEEN 1 AND 7),
  ADD CONSTRAINT clinic_settings_quiet_hours_whole CHECK ((quiet_hours_start IS NULL) = (quiet_hours_end IS NULL)),
  ADD CONSTRAINT clinic_settings_quiet_hours_differ CHECK (quiet_hours_start <> quiet_hours_end);

-- A client's consent to messages, per purpose, as given over time: the latest row of
-- a purpose is the current answer. Care messages (about their bookings and treatment)
-- go unless the client said no; marketing only once they said yes. Written once.
CREATE TABLE client_message_consents (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id   uuid NOT NULL REFERENCES clients (id),
  purpose     text NOT NULL CONSTRAINT client_message_consents_purpose_check CHECK (purpose IN ('care', 'marketing')),
  granted     boolean NOT NULL,
  method      text NOT NULL CONSTRAINT client_message_consents_method_check
                CHECK (method IN ('in_person', 'phone', 'email', 'paper_form', 'online_form', 'unsubscribe_link')),
  note        text CONSTRAINT client_message_consents_note_check CHECK (length(note) <= 500),
  -- Null when the client acted themselves, through a link in a message.
  recorded_by uuid REFERENCES staff (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_message_consents_by_someone CHECK (recorded_by IS NOT NULL OR method IN ('unsubscribe_link', 'online_form'))
);
CREATE INDEX client_message_consents_latest ON client_message_consents (client_id, purpose, recorded_at DESC);
CREATE TRIGGER client_message_consents_immutable BEFORE UPDATE OR DELETE ON client_message_consents
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER client_message_consents_no_truncate BEFORE TRUNCATE ON client_message_consents
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON client_message_consents FROM smp_app;

-- The clinic's wording of each kind of message; a kind without a row uses the default.
CREATE TABLE message_templates (
  kind       text PRIMARY KEY CONSTRAINT message_templates_kind_check CHECK (kind IN ('booking_confirmation', 'booking_update',
               'booking_cancellation', 'reminder', 'preparation', 'aftercare', 'next_session_window', 'maintenance_recall')),
  subject    text NOT NULL CONSTRAINT message_templates_subject_check CHECK (btrim(subject) <> '' AND length(subject) <= 200),
  body       text NOT NULL CONSTRAINT message_templates_body_check CHECK (btrim(body) <> '' AND length(body) <= 5000),
  sms_body   text NOT NULL CONSTRAINT message_templates_sms_body_check CHECK (btrim(sms_body) <> '' AND length(sms_body) <= 640),
  updated_by uuid NOT NULL REFERENCES staff (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE client_messages (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id          uuid NOT NULL REFERENCES clients (id),
  appointment_id     uuid REFERENCES appointments (id),
  session_record_id  uuid REFERENCES session_records (id),
  kind               text NOT NULL CONSTRAINT client_messages_kind_check CHECK (kind IN ('booking_confirmation', 'booking_update',
                       'booking_cancellation', 'reminder', 'preparation', 'aftercare', 'next_session_window', 'maintenance_recall')),
  purpose            text NOT NULL CONSTRAINT client_messages_purpose_check CHECK (purpose IN ('care', 'marketing')),
  -- One message per cause, however often the cause is replayed ('reminder:48:<appointment>:<start>').
  dedupe_key         text NOT NULL UNIQUE CONSTRAINT client_messages_dedupe_key_check CHECK (length(dedupe_key) <= 200),
  send_at            timestamptz NOT NULL,
  -- A reminder's or preparation's appointment start it was written for: after a move
  -- it is about a time that no longer holds, whatever state it is in (sending, failed).
  appointment_starts_at timestamptz,
  status             text NOT NULL DEFAULT 'scheduled' CONSTRAINT client_messages_status_check
                       CHECK (status IN ('scheduled', 'sending', 'sent', 'failed', 'withdrawn')),
  -- Chosen when it is sent, from the client's preference and what they can be reached by.
  channel            text CONSTRAINT client_messages_channel_check CHECK (channel IN ('email', 'sms')),
  recipient          text CONSTRAINT client_messages_recipient_check CHECK (length(recipient) <= 254),
  -- What went out, as rendered from the template when it was sent.
  subject            text CONSTRAINT client_messages_subject_check CHECK (length(subject) <= 400),
  body               text CONSTRAINT client_messages_body_check CHECK (length(body) <= 20000),
  attempts           integer NOT NULL DEFAULT 0 CONSTRAINT client_messages_attempts_check CHECK (attempts >= 0),
  last_error         text CONSTRAINT client_messages_last_error_check CHECK (length(last_error) <= 2000),
  sending_started_at timestamptz,
  sent_at            timestamptz,
  -- The mail server's Message-ID or the SMS provider's id of what it accepted.
  provider_id        text CONSTRAINT client_messages_provider_id_check CHECK (length(provider_id) <= 300),
  withdrawn_at       timestamptz,
  withdrawn_reason   text CONSTRAINT client_messages_withdrawn_reason_check CHECK (length(withdrawn_reason) <= 500),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_messages_sent_whole CHECK ((status = 'sent') = (sent_at IS NOT NULL)
    AND (status <> 'sent' OR (channel IS NOT NULL AND recipient IS NOT NULL AND body IS NOT NULL))),
  CONSTRAINT client_messages_withdrawn_whole CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL AND withdrawn_reason IS NOT NULL)),
  CONSTRAINT client_messages_failed_says_why CHECK (status <> 'failed' OR last_error IS NOT NULL)
);
CREATE INDEX client_messages_by_client ON client_messages (client_id, send_at DESC);
CREATE INDEX client_messages_by_status ON client_messages (status, send_at DESC);
CREATE INDEX client_messages_by_appointment ON client_messages (appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX client_messages_by_session_record ON client_messages (session_record_id) WHERE session_record_id IS NOT NULL;
-- A record of what the clinic told a client: withdrawn, never deleted.
REVOKE DELETE, TRUNCATE ON client_messages FROM smp_app;

-- Every message waiting to go has a delivery job, added in the transaction that
-- schedules it (or puts a failed or withdrawn one back), at its send time. The job
-- key makes a second scheduling of the same message replace its job rather than add
-- one. A send that failed (sending → scheduled) is retried by its own job with the
-- queue's back-off and attempt count: a job added then would start the count again.
-- As the schema's owner, so writing a message needs no right to the queue's tables.
-- The queue waits e^n seconds (at most e^10) before attempt n + 1: ten attempts span
-- about three and a half hours, so a mail server's short outage parks nothing as failed.
CREATE FUNCTION enqueue_client_message() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
BEGIN
  PERFORM graphile_worker.add_job('deliver_client_message', json_build_object('messageId', NEW.id),
    run_at => NEW.send_at, max_attempts => 10, job_key => 'client_message:' || NEW.id);
  RETURN NULL;
END;
$$;
CREATE TRIGGER client_messages_enqueue_new AFTER INSERT ON client_messages
  FOR EACH ROW WHEN (NEW.status = 'scheduled') EXECUTE FUNCTION enqueue_client_message();
CREATE TRIGGER client_messages_enqueue_again AFTER UPDATE OF status, send_at ON client_messages
  FOR EACH ROW WHEN (NEW.status = 'scheduled' AND (OLD.status NOT IN ('scheduled', 'sending') OR OLD.send_at <> NEW.send_at))
  EXECUTE FUNCTION enqueue_client_message();

-- The confirm / reschedule link of a reminder. The link carries this row's id signed
-- with the clinic's link key (`signing_keys`); the row makes it single-use and expiring.
CREATE TABLE appointment_links (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id uuid NOT NULL REFERENCES appointments (id),
  message_id     uuid NOT NULL UNIQUE REFERENCES client_messages (id),
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  used_for       text CONSTRAINT appointment_links_used_for_check CHECK (used_for IN ('confirm', 'reschedule')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT appointment_links_used_whole CHECK ((used_at IS NULL) = (used_for IS NULL))
);
CREATE INDEX appointment_links_by_appointment ON appointment_links (appointment_id);
REVOKE DELETE, TRUNCATE ON appointment_links FROM smp_app;

-- Keys the app signs links with, made once here so every instance agrees on them.
CREATE TABLE signing_keys (
  purpose text PRIMARY KEY CONSTRAINT signing_keys_purpose_check CHECK (purpose ~ '^[a-z_]+$'),
  secret  bytea NOT NULL CONSTRAINT signing_keys_secret_check CHECK (length(secret) >= 32)
);
-- gen_random_uuid() is the core's strong random source (no pgcrypto needed): two give 244 random bits.
INSERT INTO signing_keys (purpose, secret)
  VALUES ('appointment_links', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')),
         ('unsubscribe_links', decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON signing_keys FROM smp_app;

-- A client's answer through a reminder's link is their act, not a staff member's.
ALTER TABLE appointment_events
  ALTER COLUMN staff_id DROP NOT NULL,
  ADD COLUMN by_client boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT appointment_events_by_someone CHECK ((staff_id IS NULL) = by_client),
  DROP CONSTRAINT appointment_events_change_check,
  ADD CONSTRAINT appointment_events_change_check CHECK (change IN ('booked', 'moved', 'status', 'reschedule_requested'));

-- The client asked, through a reminder's link, for another time: reception calls back.
ALTER TABLE appointments
  ADD COLUMN reschedule_requested_at timestamptz,
  ADD COLUMN reschedule_request_note text CONSTRAINT appointments_reschedule_request_note_check CHECK (length(reschedule_request_note) <= 500);
CREATE INDEX appointments_reschedule_requested ON appointments (reschedule_requested_at) WHERE reschedule_requested_at IS NOT NULL;

-- An artist's calendar subscription: the secret address is shown once; only its hash is kept.
CREATE TABLE calendar_feeds (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  staff_id   uuid NOT NULL REFERENCES staff (id),
  token_hash bytea NOT NULL UNIQUE CONSTRAINT calendar_feeds_token_hash_check CHECK (length(token_hash) = 32),
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX calendar_feeds_one_live ON calendar_feeds (staff_id) WHERE revoked_at IS NULL;

-- What the embedded mail catcher received (only when no SMTP_URL is configured), so
-- owners see in the app the very email a client would have got.
CREATE TABLE caught_emails (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  received_at   timestamptz NOT NULL DEFAULT now(),
  envelope_from text CONSTRAINT caught_emails_envelope_from_check CHECK (length(envelope_from) <= 254),
  envelope_to   text[] NOT NULL,
  message_id    text CONSTRAINT caught_emails_message_id_check CHECK (length(message_id) <= 300),
  subject       text CONSTRAINT caught_emails_subject_check CHECK (length(subject) <= 1000),
  raw           bytea NOT NULL CONSTRAINT caught_emails_raw_check CHECK (length(raw) <= 10485760)
);
CREATE INDEX caught_emails_by_time ON caught_emails (received_at DESC);
CREATE INDEX caught_emails_by_message_id ON caught_emails (message_id);

-- Down Migration

DROP TABLE caught_emails;
DROP TABLE calendar_feeds;
DROP INDEX appointments_reschedule_requested;
ALTER TABLE appointments DROP COLUMN reschedule_request_note, DROP COLUMN reschedule_requested_at;
ALTER TABLE appointment_events
  DROP CONSTRAINT appointment_events_change_check,
  ADD CONSTRAINT appointment_events_change_check CHECK (change IN ('booked', 'moved', 'status')),
  DROP CONSTRAINT appointment_events_by_someone,
  DROP COLUMN by_client,
  ALTER COLUMN staff_id SET NOT NULL;
DROP TABLE signing_keys;
DROP TABLE appointment_links;
DROP TABLE client_messages;
DROP FUNCTION enqueue_client_message();
DROP TABLE message_templates;
DROP TABLE client_message_consents;
ALTER TABLE clinic_settings
  DROP CONSTRAINT clinic_settings_quiet_hours_differ, DROP CONSTRAINT clinic_settings_quiet_hours_whole,
  DROP COLUMN preparation_days_before, DROP COLUMN quiet_hours_end, DROP COLUMN quiet_hours_start,
  DROP COLUMN reminder_hours, DROP COLUMN email, DROP COLUMN phone, DROP COLUMN address;
