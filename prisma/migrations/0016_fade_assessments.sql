-- Up Migration

-- A fade check is a short visit of its own; its length and the maintenance recall's
-- shorter intervals are the clinic's settings.
ALTER TABLE clinic_settings
  ADD COLUMN fade_check_minutes integer NOT NULL DEFAULT 30 CHECK (fade_check_minutes BETWEEN 15 AND 120),
  ADD COLUMN high_sun_recall_years integer NOT NULL DEFAULT 2 CHECK (high_sun_recall_years BETWEEN 1 AND 10),
  ADD COLUMN faded_recall_months integer NOT NULL DEFAULT 3 CHECK (faded_recall_months BETWEEN 0 AND 24);

ALTER TABLE appointments DROP CONSTRAINT appointments_kind_check;
ALTER TABLE appointments ADD CONSTRAINT appointments_kind_check
  CHECK (kind IN ('consultation', 'plan_session', 'touch_up', 'maintenance', 'fade_check'));

-- Sun fades pigment faster: the consultation asks how much of it the client gets.
ALTER TABLE consultations ADD COLUMN sun_exposure text CHECK (sun_exposure IN ('low', 'moderate', 'high'));
ALTER TABLE consultations DROP CONSTRAINT consultations_hair_loss_causes_check;
ALTER TABLE consultations ADD CONSTRAINT consultations_hair_loss_causes_check CHECK (hair_loss_causes <@ ARRAY['genetic_pattern', 'age',
  'alopecia', 'transplant_scarring', 'injury_scarring', 'chemotherapy', 'thyroid', 'lupus', 'vitiligo', 'other_medical']);

-- How a client's SMP has faded, seen at a later visit. Written once.
CREATE TABLE fade_assessments (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id    uuid NOT NULL UNIQUE REFERENCES appointments (id),
  client_id         uuid NOT NULL REFERENCES clients (id),
  artist_id         uuid NOT NULL REFERENCES staff (id),
  -- The clinic's calendar day of the visit: the recall counts from it.
  assessed_on       date NOT NULL,
  colour_shift      text NOT NULL CHECK (colour_shift IN ('none', 'bluish', 'greenish', 'other')),
  colour_shift_note text CHECK (btrim(colour_shift_note) <> '' AND length(colour_shift_note) <= 500),
  notes             text CHECK (length(notes) <= 2000),
  recorded_by       uuid NOT NULL REFERENCES staff (id),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT fade_assessments_other_shift_described CHECK (colour_shift <> 'other' OR colour_shift_note IS NOT NULL)
);
CREATE INDEX fade_assessments_by_client ON fade_assessments (client_id, assessed_on DESC);

-- One score per area: 0 none, 1 slight, 2 noticeable, 3 strong, 4 gone.
CREATE TABLE fade_assessment_areas (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  fade_assessment_id uuid NOT NULL REFERENCES fade_assessments (id),
  area               text NOT NULL CHECK (area IN ('hairline', 'temples', 'front', 'mid_scalp', 'crown', 'sides', 'back', 'donor_scar', 'scar',
                       'whole_scalp')),
  score              smallint NOT NULL CHECK (score BETWEEN 0 AND 4),
  UNIQUE (fade_assessment_id, area)
);

CREATE TRIGGER fade_assessments_immutable BEFORE UPDATE OR DELETE ON fade_assessments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER fade_assessments_no_truncate BEFORE TRUNCATE ON fade_assessments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER fade_assessment_areas_immutable BEFORE UPDATE OR DELETE ON fade_assessment_areas
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER fade_assessment_areas_no_truncate BEFORE TRUNCATE ON fade_assessment_areas
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON fade_assessments, fade_assessment_areas FROM smp_app;

-- Down Migration

DROP TABLE fade_assessment_areas;
DROP TABLE fade_assessments;
ALTER TABLE consultations DROP CONSTRAINT consultations_hair_loss_causes_check;
ALTER TABLE consultations ADD CONSTRAINT consultations_hair_loss_causes_check CHECK (hair_loss_causes <@ ARRAY['genetic_pattern', 'age',
  'alopecia', 'transplant_scarring', 'injury_scarring', 'chemotherapy', 'thyroid', 'lupus', 'other_medical']);
ALTER TABLE consultations DROP COLUMN sun_exposure;
ALTER TABLE appointments DROP CONSTRAINT appointments_kind_check;
ALTER TABLE appointments ADD CONSTRAINT appointments_kind_check
  CHECK (kind IN ('consultation', 'plan_session', 'touch_up', 'maintenance'));
ALTER TABLE clinic_settings DROP COLUMN faded_recall_months, DROP COLUMN high_sun_recall_years, DROP COLUMN fade_check_minutes;
