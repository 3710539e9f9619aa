-- Up Migration

-- What lets an alopecia / medical plan start when the client's screening carries no
-- clearance letter (no screening item asked for one): a doctor's letter attached to
-- the plan by staff, or an owner's written override of the missing letter. Written
-- once, never deleted.
CREATE TABLE plan_clearances (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id          uuid NOT NULL REFERENCES treatment_plans (id),
  note             text CONSTRAINT plan_clearances_note_check CHECK (length(note) <= 1000),
  document_key     text UNIQUE,
  document_type    text CONSTRAINT plan_clearances_document_type_check CHECK (document_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  document_name    text CONSTRAINT plan_clearances_document_name_check CHECK (length(document_name) BETWEEN 1 AND 255),
  document_size    integer CONSTRAINT plan_clearances_document_size_check CHECK (document_size > 0),
  override_reason  text CONSTRAINT plan_clearances_override_reason_check CHECK (length(btrim(override_reason)) >= 3 AND length(override_reason) <= 500),
  recorded_by      uuid NOT NULL REFERENCES staff (id),
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  -- Either a whole letter or an override's reason, never both.
  CONSTRAINT plan_clearances_letter_or_override CHECK (
    (document_key IS NOT NULL AND document_type IS NOT NULL AND document_name IS NOT NULL AND document_size IS NOT NULL AND override_reason IS NULL)
    OR (document_key IS NULL AND document_type IS NULL AND document_name IS NULL AND document_size IS NULL AND override_reason IS NOT NULL)
  )
);
CREATE INDEX plan_clearances_by_plan ON plan_clearances (plan_id, recorded_at);

CREATE TRIGGER plan_clearances_immutable BEFORE UPDATE OR DELETE ON plan_clearances
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER plan_clearances_no_truncate BEFORE TRUNCATE ON plan_clearances
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON plan_clearances FROM smp_app;

-- Down Migration

DROP TABLE plan_clearances;
