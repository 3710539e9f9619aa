-- Up Migration

ALTER TABLE clinic_settings
  ADD COLUMN screening_validity_days integer NOT NULL DEFAULT 90 CHECK (screening_validity_days BETWEEN 7 AND 365),
  ADD COLUMN injectables_defer_days integer NOT NULL DEFAULT 28 CHECK (injectables_defer_days BETWEEN 0 AND 180);

-- Refuses any change to a row of a table whose rows are records once written.
CREATE FUNCTION refuse_change_to_signed_record() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable once written: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- The clinical record of a consultation; its time, artist and status are its appointment's.
CREATE TABLE consultations (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  appointment_id         uuid NOT NULL UNIQUE REFERENCES appointments (id),
  client_id              uuid NOT NULL REFERENCES clients (id),
  mode                   text NOT NULL CHECK (mode IN ('in_person', 'phone', 'video')),
  -- What the artist records; all set together when the consultation is recorded.
  hair_loss_causes       text[] NOT NULL DEFAULT '{}' CHECK (hair_loss_causes <@ ARRAY['genetic_pattern', 'age',
                           'alopecia', 'transplant_scarring', 'injury_scarring', 'chemotherapy', 'thyroid', 'lupus', 'other_medical']),
  norwood_stage          smallint CHECK (norwood_stage BETWEEN 1 AND 7),
  ludwig_stage           smallint CHECK (ludwig_stage BETWEEN 1 AND 3),
  natural_hair_colour    text CHECK (natural_hair_colour IN ('black', 'dark_brown', 'medium_brown', 'light_brown', 'blonde', 'red', 'grey', 'white')),
  skin_tone              text CHECK (skin_tone IN ('I', 'II', 'III', 'IV', 'V', 'VI')),
  uses_minoxidil         boolean,
  uses_finasteride       boolean,
  transplant_history     text CHECK (transplant_history IN ('none', 'fut', 'fue', 'fut_and_fue')),
  desired_style          text CHECK (desired_style IN ('hairline_restoration', 'density', 'edge_up', 'scar_camouflage',
                           'womens_density', 'alopecia_medical', 'correction')),
  shade_direction        text CHECK (shade_direction IN ('soft_black', 'dark_grey', 'medium_grey', 'light_grey', 'dark_brown', 'light_brown')),
  expectations_discussed boolean,
  expectation_notes      text CHECK (length(expectation_notes) <= 2000),
  notes                  text CHECK (length(notes) <= 5000),
  recorded_at            timestamptz,
  recorded_by            uuid REFERENCES staff (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (norwood_stage IS NULL OR ludwig_stage IS NULL),
  CONSTRAINT consultations_record_complete CHECK (
    (recorded_at IS NULL AND recorded_by IS NULL AND cardinality(hair_loss_causes) = 0)
    OR (recorded_at IS NOT NULL AND recorded_by IS NOT NULL AND cardinality(hair_loss_causes) > 0 AND natural_hair_colour IS NOT NULL
        AND skin_tone IS NOT NULL AND uses_minoxidil IS NOT NULL AND uses_finasteride IS NOT NULL AND transplant_history IS NOT NULL
        AND desired_style IS NOT NULL AND shade_direction IS NOT NULL AND expectations_discussed))
);

CREATE TRIGGER consultations_touch_updated_at BEFORE UPDATE ON consultations
  FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE INDEX consultations_by_client ON consultations (client_id);

-- Photos live in file storage; a row names the stored files. Kept, never deleted.
CREATE TABLE client_photos (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id         uuid NOT NULL REFERENCES clients (id),
  consultation_id   uuid REFERENCES consultations (id),
  view              text NOT NULL CHECK (view IN ('front', 'top', 'crown', 'left', 'right', 'back')),
  media_type        text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/heic', 'image/webp')),
  byte_size         integer NOT NULL CHECK (byte_size > 0),
  width             integer NOT NULL CHECK (width > 0),
  height            integer NOT NULL CHECK (height > 0),
  original_key      text NOT NULL UNIQUE,
  preview_key       text NOT NULL UNIQUE,
  thumbnail_key     text NOT NULL UNIQUE,
  original_filename text CHECK (length(original_filename) <= 255),
  uploaded_by       uuid NOT NULL REFERENCES staff (id),
  taken_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX client_photos_by_client_view ON client_photos (client_id, view, taken_at DESC, id DESC);
CREATE INDEX client_photos_by_consultation ON client_photos (consultation_id) WHERE consultation_id IS NOT NULL;

-- A signed screening: the answers as given, on the questionnaire version shown.
CREATE TABLE screenings (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id             uuid NOT NULL REFERENCES clients (id),
  questionnaire_version text NOT NULL CHECK (questionnaire_version <> ''),
  answers               jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  answered_outcome      text NOT NULL CHECK (answered_outcome IN ('clear', 'caution', 'clearance_required', 'defer', 'not_suitable')),
  conducted_by          uuid NOT NULL REFERENCES staff (id),
  signed_name           text NOT NULL CHECK (length(btrim(signed_name)) >= 2 AND length(signed_name) <= 200),
  signature_png         bytea NOT NULL CHECK (length(signature_png) BETWEEN 1 AND 300000),
  signed_at             timestamptz NOT NULL DEFAULT now(),
  valid_until           date NOT NULL
);

CREATE INDEX screenings_latest ON screenings (client_id, signed_at DESC, id DESC);
CREATE TRIGGER screenings_immutable BEFORE UPDATE OR DELETE ON screenings
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

-- A doctor's letter reviewed by staff, clearing one item of a screening.
CREATE TABLE screening_clearances (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  screening_id      uuid NOT NULL REFERENCES screenings (id),
  question_id       text NOT NULL CHECK (question_id ~ '^[a-z_]+$'),
  note              text CHECK (length(note) <= 1000),
  document_key      text NOT NULL UNIQUE,
  document_type     text NOT NULL CHECK (document_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  document_name     text NOT NULL CHECK (length(document_name) BETWEEN 1 AND 255),
  document_size     integer NOT NULL CHECK (document_size > 0),
  reviewed_by       uuid NOT NULL REFERENCES staff (id),
  reviewed_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (screening_id, question_id)
);

CREATE TRIGGER screening_clearances_immutable BEFORE UPDATE OR DELETE ON screening_clearances
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

CREATE TABLE patch_tests (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id   uuid NOT NULL REFERENCES clients (id),
  pigment     text NOT NULL CHECK (btrim(pigment) <> '' AND length(pigment) <= 200),
  applied_on  date NOT NULL,
  read_on     date NOT NULL,
  result      text NOT NULL CHECK (result IN ('passed', 'failed')),
  notes       text CHECK (length(notes) <= 1000),
  recorded_by uuid NOT NULL REFERENCES staff (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK (read_on >= applied_on)
);

CREATE INDEX patch_tests_latest ON patch_tests (client_id, read_on DESC, recorded_at DESC);
CREATE TRIGGER patch_tests_immutable BEFORE UPDATE OR DELETE ON patch_tests
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

-- An owner's written decision to let treatment go ahead although the screening does
-- not. It answers one screening: a newer screening is a new question.
CREATE TABLE eligibility_overrides (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id    uuid NOT NULL REFERENCES clients (id),
  screening_id uuid REFERENCES screenings (id),
  reason      text NOT NULL CHECK (length(btrim(reason)) >= 10 AND length(reason) <= 1000),
  valid_until date NOT NULL,
  granted_by  uuid NOT NULL REFERENCES staff (id),
  granted_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX eligibility_overrides_by_client ON eligibility_overrides (client_id, valid_until DESC);
CREATE TRIGGER eligibility_overrides_immutable BEFORE UPDATE OR DELETE ON eligibility_overrides
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();

-- Signed and reviewed records are written once, by the app as by anyone.
REVOKE UPDATE, DELETE ON screenings, screening_clearances, patch_tests, eligibility_overrides FROM smp_app;

-- Down Migration

DROP TABLE eligibility_overrides;
DROP TABLE patch_tests;
DROP TABLE screening_clearances;
DROP TABLE screenings;
DROP TABLE client_photos;
DROP TABLE consultations;
DROP FUNCTION refuse_change_to_signed_record();
ALTER TABLE clinic_settings DROP COLUMN injectables_defer_days, DROP COLUMN screening_validity_days;
