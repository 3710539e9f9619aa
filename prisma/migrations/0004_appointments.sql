-- Up Migration

-- Chairs or rooms: a treatment session needs one.
CREATE TABLE rooms (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL UNIQUE CHECK (btrim(name) <> '' AND length(name) <= 60),
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- The calendar: every consultation, session, touch-up and maintenance visit.
CREATE TABLE appointments (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind                text NOT NULL CHECK (kind IN ('consultation', 'plan_session', 'touch_up', 'maintenance')),
  client_id           uuid NOT NULL REFERENCES clients (id),
  artist_id           uuid NOT NULL REFERENCES staff (id),
  room_id             uuid REFERENCES rooms (id),
  starts_at           timestamptz NOT NULL,
  ends_at             timestamptz NOT NULL,
  status              text NOT NULL DEFAULT 'booked'
                        CHECK (status IN ('booked', 'confirmed', 'arrived', 'in_progress', 'completed', 'no_show', 'cancelled')),
  notes               text CHECK (length(notes) <= 2000),
  cancellation_reason text CHECK (length(cancellation_reason) <= 500),
  cancelled_at        timestamptz,
  late_cancellation   boolean,
  override_reason     text CHECK (length(override_reason) <= 1000),
  created_by          uuid NOT NULL REFERENCES staff (id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '8 hours'),
  CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
  CHECK ((status = 'cancelled') = (cancellation_reason IS NOT NULL AND late_cancellation IS NOT NULL)),
  -- Treatment needs a chair; a consultation by phone or video does not.
  CHECK (kind = 'consultation' OR room_id IS NOT NULL),
  -- Never two appointments at once for one artist or one room, however many
  -- receptionists book at the same moment. Cancelled and missed ones let go.
  CONSTRAINT appointments_artist_free EXCLUDE USING gist (artist_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show')),
  CONSTRAINT appointments_room_free EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (room_id IS NOT NULL AND status NOT IN ('cancelled', 'no_show')),
  -- Nor a client in two places at once.
  CONSTRAINT appointments_client_free EXCLUDE USING gist (client_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status NOT IN ('cancelled', 'no_show'))
);

CREATE TRIGGER appointments_touch_updated_at BEFORE UPDATE ON appointments
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX appointments_by_client ON appointments (client_id, starts_at DESC);
-- Calendar and availability read time ranges across all artists.
CREATE INDEX appointments_by_time ON appointments USING gist (tstzrange(starts_at, ends_at)) WHERE status NOT IN ('cancelled', 'no_show');

-- What happened to an appointment: booked, moved, status changes, cancelled. Written once.
CREATE TABLE appointment_events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  appointment_id uuid NOT NULL REFERENCES appointments (id),
  occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  staff_id       uuid NOT NULL REFERENCES staff (id),
  change         text NOT NULL CHECK (change IN ('booked', 'moved', 'status')),
  from_status    text,
  to_status      text,
  from_starts_at timestamptz,
  to_starts_at   timestamptz,
  from_artist_id uuid REFERENCES staff (id),
  to_artist_id   uuid REFERENCES staff (id),
  reason         text CHECK (length(reason) <= 1000)
);

CREATE INDEX appointment_events_by_appointment ON appointment_events (appointment_id, id);
REVOKE UPDATE, DELETE ON appointment_events FROM smp_app;

-- Down Migration

DROP TABLE appointment_events;
DROP TABLE appointments;
DROP TABLE rooms;
