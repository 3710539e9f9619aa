-- Up Migration

-- A hairline design drawn on one client photo, as vector data normalised to the
-- photo (0..1 of its width and height), so it lies over any photo of the same view.
-- Every change is a new version of the design: the artist's consultation drawing,
-- the client's signed approval of it, and adjustments at later sessions with their
-- reason. The first version names itself as its design.
CREATE TABLE hairline_designs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  design_id     uuid NOT NULL REFERENCES hairline_designs (id),
  version       smallint NOT NULL CHECK (version BETWEEN 1 AND 1000),
  client_id     uuid NOT NULL REFERENCES clients (id),
  photo_id      uuid NOT NULL REFERENCES client_photos (id),
  kind          text NOT NULL CHECK (kind IN ('consultation', 'approved', 'adjustment')),
  geometry      jsonb NOT NULL CHECK (jsonb_typeof(geometry) = 'object' AND jsonb_typeof(geometry -> 'hairline') = 'array'),
  reason        text CHECK (length(btrim(reason)) >= 3 AND length(reason) <= 1000),
  signed_name   text CHECK (length(btrim(signed_name)) >= 2 AND length(signed_name) <= 200),
  signature_png bytea CHECK (length(signature_png) BETWEEN 1 AND 300000),
  created_by    uuid NOT NULL REFERENCES staff (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (design_id, version),
  CONSTRAINT hairline_designs_first_version CHECK ((version = 1) = (design_id = id)),
  -- Only the client's approval is signed, and it always is.
  CONSTRAINT hairline_designs_signed_approval CHECK ((kind = 'approved') = (signed_name IS NOT NULL AND signature_png IS NOT NULL)
                                                     AND (signed_name IS NULL) = (signature_png IS NULL)),
  -- An adjustment comes after an approval and says why.
  CONSTRAINT hairline_designs_adjustment_reason CHECK (kind <> 'adjustment' OR (reason IS NOT NULL AND version > 1))
);

CREATE INDEX hairline_designs_by_client ON hairline_designs (client_id, design_id, version);
CREATE INDEX hairline_designs_by_photo ON hairline_designs (photo_id);

CREATE TRIGGER hairline_designs_immutable BEFORE UPDATE OR DELETE ON hairline_designs
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER hairline_designs_no_truncate BEFORE TRUNCATE ON hairline_designs
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON hairline_designs FROM smp_app;

-- Down Migration

DROP TABLE hairline_designs;
