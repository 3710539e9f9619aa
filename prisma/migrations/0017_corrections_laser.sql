-- Up Migration

-- How long laser removal takes before SMP may follow (domain.md, "correction").
ALTER TABLE clinic_settings
  ADD COLUMN laser_spacing_days integer NOT NULL DEFAULT 42 CHECK (laser_spacing_days BETWEEN 7 AND 180),
  ADD COLUMN laser_healing_days integer NOT NULL DEFAULT 42 CHECK (laser_healing_days BETWEEN 7 AND 180),
  ADD COLUMN laser_minutes integer NOT NULL DEFAULT 30 CHECK (laser_minutes BETWEEN 15 AND 120);

-- A laser removal session is an appointment of its own kind, belonging to a correction plan.
ALTER TABLE appointments DROP CONSTRAINT appointments_kind_check;
ALTER TABLE appointments
  ADD CONSTRAINT appointments_kind_check CHECK (kind IN ('consultation', 'plan_session', 'touch_up', 'maintenance', 'fade_check', 'laser')),
  ADD COLUMN correction_plan_id uuid REFERENCES treatment_plans (id),
  ADD CONSTRAINT appointments_laser_plan_check CHECK ((kind = 'laser') = (correction_plan_id IS NOT NULL));
CREATE INDEX appointments_by_correction_plan ON appointments (correction_plan_id) WHERE correction_plan_id IS NOT NULL;

-- The assessment of another artist's work that a correction plan starts from.
CREATE TABLE correction_assessments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id         uuid NOT NULL UNIQUE REFERENCES treatment_plans (id),
  client_id       uuid NOT NULL REFERENCES clients (id),
  areas           text[] NOT NULL CHECK (cardinality(areas) BETWEEN 1 AND 10
                    AND areas <@ ARRAY['hairline', 'temples', 'front', 'mid_scalp', 'crown', 'sides', 'back', 'donor_scar', 'scar', 'whole_scalp']),
  issues          text[] NOT NULL CHECK (cardinality(issues) BETWEEN 1 AND 8
                    AND issues <@ ARRAY['hairline_placement', 'unnatural_hairline', 'blurred_dots', 'too_dark', 'colour_shift', 'patchy', 'asymmetric', 'other']),
  previous_artist text CHECK (btrim(previous_artist) <> '' AND length(previous_artist) <= 120),
  description     text NOT NULL CHECK (btrim(description) <> '' AND length(description) <= 2000),
  recorded_by     uuid NOT NULL REFERENCES staff (id),
  recorded_at     timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- The client's photos the assessment was made on.
CREATE TABLE correction_assessment_photos (
  assessment_id uuid NOT NULL REFERENCES correction_assessments (id),
  photo_id      uuid NOT NULL REFERENCES client_photos (id),
  PRIMARY KEY (assessment_id, photo_id)
);

-- What was done at a laser session: the device, its settings and how the skin reacted.
CREATE TABLE laser_session_records (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id    uuid NOT NULL UNIQUE REFERENCES appointments (id),
  client_id         uuid NOT NULL REFERENCES clients (id),
  artist_id         uuid NOT NULL REFERENCES staff (id),
  device            text NOT NULL CHECK (btrim(device) <> '' AND length(device) <= 120),
  wavelength_nm     integer NOT NULL CHECK (wavelength_nm BETWEEN 300 AND 2000),
  fluence_j_per_cm2 double precision NOT NULL CHECK (fluence_j_per_cm2 > 0 AND fluence_j_per_cm2 <= 50),
  spot_size_mm      double precision NOT NULL CHECK (spot_size_mm > 0 AND spot_size_mm <= 20),
  settings_notes    text CHECK (length(settings_notes) <= 500),
  reaction          text NOT NULL CHECK (btrim(reaction) <> '' AND length(reaction) <= 1000),
  recorded_by       uuid NOT NULL REFERENCES staff (id),
  recorded_at       timestamptz NOT NULL DEFAULT clock_timestamp()
);

DO $$
DECLARE written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['correction_assessments', 'correction_assessment_photos', 'laser_session_records']
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record()',
                   written_once || '_immutable', written_once);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record()',
                   written_once || '_no_truncate', written_once);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM smp_app', written_once);
  END LOOP;
END
$$;

-- Down Migration

DROP TABLE laser_session_records;
DROP TABLE correction_assessment_photos;
DROP TABLE correction_assessments;
DROP INDEX appointments_by_correction_plan;
ALTER TABLE appointments DROP CONSTRAINT appointments_laser_plan_check, DROP COLUMN correction_plan_id;
ALTER TABLE appointments DROP CONSTRAINT appointments_kind_check;
ALTER TABLE appointments ADD CONSTRAINT appointments_kind_check CHECK (kind IN ('consultation', 'plan_session', 'touch_up', 'maintenance', 'fade_check'));
ALTER TABLE clinic_settings DROP COLUMN laser_spacing_days, DROP COLUMN laser_healing_days, DROP COLUMN laser_minutes;
