-- Up Migration

-- What a client sends from home before their consultation: contact details, their
-- hair-loss history and the screening questionnaire they signed. Written once: it is
-- the client's own statement. It becomes a screening only when an artist countersigns it.
CREATE TABLE intake_submissions (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id             uuid NOT NULL REFERENCES clients (id),
  consultation_id       uuid NOT NULL UNIQUE REFERENCES consultations (id),
  contact               jsonb NOT NULL CHECK (jsonb_typeof(contact) = 'object'),
  history               jsonb NOT NULL CHECK (jsonb_typeof(history) = 'object'),
  questionnaire_version text NOT NULL CHECK (questionnaire_version <> ''),
  answers               jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  answered_outcome      text NOT NULL CHECK (answered_outcome IN ('clear', 'caution', 'clearance_required', 'defer', 'not_suitable')),
  signed_name           text NOT NULL CHECK (length(btrim(signed_name)) >= 2 AND length(signed_name) <= 200),
  signature_png         bytea NOT NULL CHECK (length(signature_png) BETWEEN 1 AND 300000),
  submitted_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intake_submissions_by_client ON intake_submissions (client_id, submitted_at DESC);

-- The screening an artist made of a client's intake at the consultation: the client's
-- answers as corrected, with the client's signature and the artist's countersignature.
ALTER TABLE screenings ADD COLUMN intake_submission_id uuid UNIQUE REFERENCES intake_submissions (id);

-- Each answer an artist changed while countersigning, next to what the client had said.
CREATE TABLE intake_answer_corrections (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  intake_submission_id uuid NOT NULL REFERENCES intake_submissions (id),
  screening_id         uuid NOT NULL REFERENCES screenings (id),
  question_id          text NOT NULL CHECK (question_id ~ '^[a-z_]+$'),
  client_answer        jsonb NOT NULL,
  corrected_answer     jsonb NOT NULL,
  note                 text NOT NULL CHECK (btrim(note) <> '' AND length(note) <= 500),
  corrected_by         uuid NOT NULL REFERENCES staff (id),
  corrected_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (intake_submission_id, question_id)
);

-- Photos the client took themselves for their intake: no staff member uploaded them.
ALTER TABLE client_photos
  ALTER COLUMN uploaded_by DROP NOT NULL,
  ADD COLUMN uploaded_by_client boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT client_photos_uploaded_by_someone CHECK ((uploaded_by IS NULL) = uploaded_by_client),
  ADD CONSTRAINT client_photos_client_uploads_for_a_consultation CHECK (NOT uploaded_by_client OR consultation_id IS NOT NULL);

-- The intake link a client gets with their booking: about the consultation's appointment.
ALTER TABLE public_tokens
  DROP CONSTRAINT public_tokens_purpose_check,
  ADD CONSTRAINT public_tokens_purpose_check CHECK (purpose IN ('email_verification', 'manage_booking', 'intake')),
  ADD CONSTRAINT public_tokens_intake_subject CHECK (purpose <> 'intake' OR appointment_id IS NOT NULL);

DO $$
DECLARE
  written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['intake_submissions', 'intake_answer_corrections'] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_immutable BEFORE UPDATE OR DELETE ON %1$I FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM smp_app', written_once);
  END LOOP;
END
$$;

-- Down Migration

DELETE FROM public_tokens WHERE purpose = 'intake';
ALTER TABLE public_tokens
  DROP CONSTRAINT public_tokens_intake_subject,
  DROP CONSTRAINT public_tokens_purpose_check,
  ADD CONSTRAINT public_tokens_purpose_check CHECK (purpose IN ('email_verification', 'manage_booking'));

ALTER TABLE client_photos
  DROP CONSTRAINT client_photos_client_uploads_for_a_consultation,
  DROP CONSTRAINT client_photos_uploaded_by_someone,
  DROP COLUMN uploaded_by_client,
  ALTER COLUMN uploaded_by SET NOT NULL;
DROP TABLE intake_answer_corrections;
ALTER TABLE screenings DROP COLUMN intake_submission_id;
DROP TABLE intake_submissions;
