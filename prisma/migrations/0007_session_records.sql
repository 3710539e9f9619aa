-- Up Migration

CREATE TABLE pigments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  brand       text NOT NULL CHECK (btrim(brand) <> '' AND length(brand) <= 100),
  product     text NOT NULL CHECK (btrim(product) <> '' AND length(product) <= 100),
  shade_name  text NOT NULL CHECK (btrim(shade_name) <> '' AND length(shade_name) <= 100),
  tone        text NOT NULL CHECK (tone IN ('neutral', 'warm', 'cool')),
  undertones  text[] NOT NULL DEFAULT '{}'
                CHECK (undertones <@ ARRAY['blue', 'green', 'purple', 'red', 'orange', 'yellow', 'brown', 'neutral']),
  base_notes  text CHECK (length(base_notes) <= 500),
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (brand, product, shade_name)
);

CREATE TABLE pigment_lots (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pigment_id  uuid NOT NULL REFERENCES pigments (id),
  lot_number  text NOT NULL CHECK (btrim(lot_number) <> '' AND length(lot_number) <= 60),
  expires_on  date NOT NULL,
  received_on date NOT NULL,
  quantity    integer NOT NULL CHECK (quantity >= 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (pigment_id, lot_number),
  CHECK (received_on <= expires_on)
);

CREATE TABLE needles (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  configuration text NOT NULL CHECK (btrim(configuration) <> '' AND length(configuration) <= 60),
  gauge         text NOT NULL CHECK (btrim(gauge) <> '' AND length(gauge) <= 30),
  brand         text CHECK (length(brand) <= 100),
  archived_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE needle_lots (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  needle_id   uuid NOT NULL REFERENCES needles (id),
  lot_number  text NOT NULL CHECK (btrim(lot_number) <> '' AND length(lot_number) <= 60),
  expires_on  date NOT NULL,
  received_on date NOT NULL,
  quantity    integer NOT NULL CHECK (quantity >= 0),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (needle_id, lot_number),
  CHECK (received_on <= expires_on)
);

-- What the artist recorded at a session. Written once, when the session is completed;
-- corrections are addenda.
CREATE TABLE session_records (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id   uuid NOT NULL UNIQUE REFERENCES appointments (id),
  client_id        uuid NOT NULL REFERENCES clients (id),
  artist_id        uuid NOT NULL REFERENCES staff (id),
  areas_treated    text[] NOT NULL CHECK (cardinality(areas_treated) > 0 AND areas_treated <@ ARRAY['hairline', 'temples', 'front',
                     'mid_scalp', 'crown', 'sides', 'back', 'donor_scar', 'scar', 'whole_scalp']),
  density          text NOT NULL CHECK (density IN ('low', 'medium', 'high')),
  dot_size         text NOT NULL CHECK (dot_size IN ('micro', 'small', 'medium')),
  depth_notes      text CHECK (length(depth_notes) <= 1000),
  needle_lot_id    uuid NOT NULL REFERENCES needle_lots (id),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  pain_level       smallint NOT NULL CHECK (pain_level BETWEEN 0 AND 10),
  reactions        text CHECK (length(reactions) <= 1000),
  notes            text CHECK (length(notes) <= 5000),
  aftercare        jsonb NOT NULL CHECK (jsonb_typeof(aftercare) = 'array'),
  completed_at     timestamptz NOT NULL DEFAULT now(),
  recorded_by      uuid NOT NULL REFERENCES staff (id)
);
CREATE INDEX session_records_by_client ON session_records (client_id, completed_at DESC);
CREATE INDEX session_records_by_artist ON session_records (artist_id, completed_at DESC);
CREATE INDEX session_records_by_needle_lot ON session_records (needle_lot_id);

CREATE TABLE session_pigments (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_record_id uuid NOT NULL REFERENCES session_records (id),
  pigment_lot_id    uuid NOT NULL REFERENCES pigment_lots (id),
  role              text NOT NULL CHECK (role IN ('foundation', 'depth', 'blending')),
  UNIQUE (session_record_id, pigment_lot_id, role)
);
CREATE INDEX session_pigments_by_lot ON session_pigments (pigment_lot_id);

CREATE TABLE session_addenda (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_record_id uuid NOT NULL REFERENCES session_records (id),
  text              text NOT NULL CHECK (btrim(text) <> '' AND length(text) <= 5000),
  reason            text NOT NULL CHECK (length(btrim(reason)) >= 3 AND length(reason) <= 500),
  author_id         uuid NOT NULL REFERENCES staff (id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX session_addenda_by_record ON session_addenda (session_record_id, created_at);

-- An expired lot is never recorded, whoever writes: the session's day in the
-- clinic's zone must not be after the lot's expiry.
CREATE FUNCTION refuse_expired_lot() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  session_day date;
  expiry date;
BEGIN
  IF TG_TABLE_NAME = 'session_records' THEN
    SELECT (NEW.completed_at AT TIME ZONE (SELECT time_zone FROM clinic_settings))::date INTO session_day;
    SELECT expires_on INTO expiry FROM needle_lots WHERE id = NEW.needle_lot_id;
  ELSE
    SELECT (r.completed_at AT TIME ZONE (SELECT time_zone FROM clinic_settings))::date INTO session_day
      FROM session_records r WHERE r.id = NEW.session_record_id;
    SELECT expires_on INTO expiry FROM pigment_lots WHERE id = NEW.pigment_lot_id;
  END IF;
  IF expiry < session_day THEN
    RAISE EXCEPTION 'lot expired on % before the session on %', expiry, session_day USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER session_records_no_expired_needle BEFORE INSERT ON session_records
  FOR EACH ROW EXECUTE FUNCTION refuse_expired_lot();
CREATE TRIGGER session_pigments_no_expired_lot BEFORE INSERT ON session_pigments
  FOR EACH ROW EXECUTE FUNCTION refuse_expired_lot();

CREATE TRIGGER session_records_immutable BEFORE UPDATE OR DELETE ON session_records
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER session_pigments_immutable BEFORE UPDATE OR DELETE ON session_pigments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER session_addenda_immutable BEFORE UPDATE OR DELETE ON session_addenda
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE ON session_records, session_pigments, session_addenda FROM smp_app;

-- Before and after photos of a session.
ALTER TABLE client_photos
  ADD COLUMN appointment_id uuid REFERENCES appointments (id),
  ADD COLUMN phase text CHECK (phase IN ('before', 'after')),
  ADD CHECK ((appointment_id IS NULL) = (phase IS NULL));
CREATE INDEX client_photos_by_appointment ON client_photos (appointment_id) WHERE appointment_id IS NOT NULL;

-- Down Migration

ALTER TABLE client_photos DROP COLUMN phase, DROP COLUMN appointment_id;
DROP TABLE session_addenda;
DROP TABLE session_pigments;
DROP TABLE session_records;
DROP FUNCTION refuse_expired_lot();
DROP TABLE needle_lots;
DROP TABLE needles;
DROP TABLE pigment_lots;
DROP TABLE pigments;
