-- Up Migration

-- A clinic (the organisation: clinic_settings) has one or more locations. Each has
-- its rooms, opening hours and closures; artists work at a location on given days;
-- every appointment takes place at one. Settings that are the organisation's own
-- (currency, session rules, messages) stay in clinic_settings.
--
-- The main location is the one a clinic starts with, and the one the clinic's
-- settings page describes. A location's time zone, address and phone are its own when
-- set, else the organisation's: a clinic with one location keeps one of each.
CREATE TABLE locations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CONSTRAINT locations_name_check CHECK (btrim(name) <> '' AND length(name) <= 120),
  address     text CONSTRAINT locations_address_check CHECK (address IS NULL OR (btrim(address) <> '' AND length(address) <= 300)),
  phone       text CONSTRAINT locations_phone_check CHECK (phone IS NULL OR phone ~ '^\+[1-9][0-9]{6,14}$'),
  time_zone   text CONSTRAINT locations_time_zone_check CHECK (time_zone IS NULL OR time_zone <> ''),
  main        boolean NOT NULL DEFAULT false,
  archived_at timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT locations_main_in_use CHECK (NOT main OR archived_at IS NULL)
);
CREATE UNIQUE INDEX locations_one_main ON locations (main) WHERE main;
CREATE UNIQUE INDEX locations_name_in_use ON locations (lower(name)) WHERE archived_at IS NULL;

-- An existing clinic's rooms, hours and appointments are all at its main location,
-- named after the clinic (a database with rows but no settings gets one all the same).
INSERT INTO locations (name, main)
SELECT coalesce((SELECT name FROM clinic_settings), 'Main location'), true
WHERE EXISTS (SELECT FROM clinic_settings) OR EXISTS (SELECT FROM rooms) OR EXISTS (SELECT FROM appointments)
   OR EXISTS (SELECT FROM clinic_opening_hours) OR EXISTS (SELECT FROM artist_working_hours);

-- Rows written without a location (by plain SQL, or an import from a one-location
-- system) are at the main location. The app always names the location.
CREATE FUNCTION main_location_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT id FROM locations WHERE main $$;

ALTER TABLE rooms ADD COLUMN location_id uuid REFERENCES locations (id);
UPDATE rooms SET location_id = (SELECT id FROM locations WHERE main);
ALTER TABLE rooms ALTER COLUMN location_id SET NOT NULL, ALTER COLUMN location_id SET DEFAULT main_location_id();
-- Two locations may each have a "Room 1".
ALTER TABLE rooms DROP CONSTRAINT rooms_name_key;
ALTER TABLE rooms ADD CONSTRAINT rooms_name_per_location UNIQUE (location_id, name);
-- The target of appointments' (room, location) key: a room is used only where it is.
ALTER TABLE rooms ADD CONSTRAINT rooms_at_location UNIQUE (id, location_id);

ALTER TABLE clinic_opening_hours ADD COLUMN location_id uuid REFERENCES locations (id);
UPDATE clinic_opening_hours SET location_id = (SELECT id FROM locations WHERE main);
ALTER TABLE clinic_opening_hours ALTER COLUMN location_id SET NOT NULL, ALTER COLUMN location_id SET DEFAULT main_location_id();
ALTER TABLE clinic_opening_hours DROP CONSTRAINT clinic_opening_hours_no_overlap;
ALTER TABLE clinic_opening_hours ADD CONSTRAINT clinic_opening_hours_no_overlap EXCLUDE USING gist (
  location_id WITH =, weekday WITH =, tsrange(DATE '2000-01-01' + opens, DATE '2000-01-01' + closes) WITH &&);

-- A closure without a location closes every location (a public holiday): so are the
-- clinic's closures so far.
ALTER TABLE clinic_closures ADD COLUMN location_id uuid REFERENCES locations (id);
CREATE INDEX clinic_closures_by_location ON clinic_closures (location_id);

-- Where the artist works in each interval. An artist is in one place at a time: the
-- existing exclusion (per artist and weekday) still holds across locations.
ALTER TABLE artist_working_hours ADD COLUMN location_id uuid REFERENCES locations (id);
UPDATE artist_working_hours SET location_id = (SELECT id FROM locations WHERE main);
ALTER TABLE artist_working_hours ALTER COLUMN location_id SET NOT NULL, ALTER COLUMN location_id SET DEFAULT main_location_id();

ALTER TABLE appointments ADD COLUMN location_id uuid REFERENCES locations (id);
UPDATE appointments SET location_id = coalesce((SELECT location_id FROM rooms WHERE rooms.id = appointments.room_id), (SELECT id FROM locations WHERE main));
ALTER TABLE appointments ALTER COLUMN location_id SET NOT NULL, ALTER COLUMN location_id SET DEFAULT main_location_id();
-- A treatment's chair is at the appointment's location (unchecked when there is no room).
ALTER TABLE appointments ADD CONSTRAINT appointments_room_at_location FOREIGN KEY (room_id, location_id) REFERENCES rooms (id, location_id);
CREATE INDEX appointments_by_location_and_time ON appointments (location_id, starts_at);

-- The locations a staff member works at. None means every location; a receptionist
-- with some sees and books only theirs.
CREATE TABLE staff_locations (
  staff_id    uuid NOT NULL REFERENCES staff (id),
  location_id uuid NOT NULL REFERENCES locations (id),
  PRIMARY KEY (staff_id, location_id)
);
CREATE INDEX staff_locations_by_location ON staff_locations (location_id);

-- Every instance keeps the locations with the clinic's settings (migration 0012).
CREATE TRIGGER locations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON locations
  FOR EACH STATEMENT EXECUTE FUNCTION notify_clinic_settings_changed();

-- Down Migration

DROP TRIGGER locations_changed ON locations;
DROP TABLE staff_locations;
DROP INDEX appointments_by_location_and_time;
ALTER TABLE appointments DROP CONSTRAINT appointments_room_at_location;
ALTER TABLE appointments DROP COLUMN location_id;
ALTER TABLE artist_working_hours DROP COLUMN location_id;
ALTER TABLE clinic_closures DROP COLUMN location_id;
ALTER TABLE clinic_opening_hours DROP CONSTRAINT clinic_opening_hours_no_overlap;
ALTER TABLE clinic_opening_hours DROP COLUMN location_id;
ALTER TABLE clinic_opening_hours ADD CONSTRAINT clinic_opening_hours_no_overlap EXCLUDE USING gist (
  weekday WITH =, tsrange(DATE '2000-01-01' + opens, DATE '2000-01-01' + closes) WITH &&);
ALTER TABLE rooms DROP CONSTRAINT rooms_at_location;
ALTER TABLE rooms DROP CONSTRAINT rooms_name_per_location;
ALTER TABLE rooms DROP COLUMN location_id;
ALTER TABLE rooms ADD CONSTRAINT rooms_name_key UNIQUE (name);
DROP TABLE locations;
DROP FUNCTION main_location_id();
