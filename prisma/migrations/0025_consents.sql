-- Up Migration

-- The clinic's consent forms. Each kind is published in numbered versions; a change
-- of wording is a new version, so what a client signed stays readable word for word.
-- Written once.
CREATE TABLE consent_templates (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind          text NOT NULL CONSTRAINT consent_templates_kind_check CHECK (kind IN ('treatment', 'photo_record', 'marketing_use', 'privacy_notice')),
  version       integer NOT NULL CONSTRAINT consent_templates_version_check CHECK (version BETWEEN 1 AND 1000),
  title         text NOT NULL CONSTRAINT consent_templates_title_check CHECK (btrim(title) <> '' AND length(title) <= 200),
  body          text NOT NULL CONSTRAINT consent_templates_body_check CHECK (btrim(body) <> '' AND length(body) <= 20000),
  published_by  uuid NOT NULL REFERENCES staff (id),
  published_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, version),
  -- The target of client_consents' (template_id, kind): a signature knows its form's kind.
  UNIQUE (id, kind)
);

-- A client's signature on one version of a form: agreed, or (photo and marketing
-- consent only) declined, which is kept as well. Witnessed by the staff member at
-- the tablet, or by no one when the client signs online. Written once.
CREATE TABLE client_consents (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id      uuid NOT NULL REFERENCES clients (id),
  template_id    uuid NOT NULL,
  kind           text NOT NULL,
  granted        boolean NOT NULL,
  signed_name    text NOT NULL CONSTRAINT client_consents_signed_name_check CHECK (length(btrim(signed_name)) >= 2 AND length(signed_name) <= 200),
  signature_png  bytea NOT NULL CONSTRAINT client_consents_signature_png_check CHECK (length(signature_png) BETWEEN 1 AND 300000),
  witnessed_by   uuid REFERENCES staff (id),
  signed_at      timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT client_consents_template FOREIGN KEY (template_id, kind) REFERENCES consent_templates (id, kind),
  -- Treatment consent and the privacy notice are signed to go ahead, never declined.
  CONSTRAINT client_consents_optional_declined CHECK (granted OR kind IN ('photo_record', 'marketing_use'))
);
CREATE INDEX client_consents_by_client ON client_consents (client_id, kind, signed_at);

DO $$
DECLARE
  written_once text;
BEGIN
  FOREACH written_once IN ARRAY ARRAY['consent_templates', 'client_consents'] LOOP
    EXECUTE format('CREATE TRIGGER %1$s_immutable BEFORE UPDATE OR DELETE ON %1$I FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('CREATE TRIGGER %1$s_no_truncate BEFORE TRUNCATE ON %1$I FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record()', written_once);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM smp_app', written_once);
  END LOOP;
END
$$;

-- Down Migration

DROP TABLE client_consents;
DROP TABLE consent_templates;
