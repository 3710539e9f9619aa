-- Up Migration

-- A plan session names the catalogue pigments it plans, one or more, written once
-- with the session. Plans from before keep their typed shade as a note, and new
-- sessions are planned with pigments only.
CREATE TABLE plan_session_pigments (
  plan_session_id uuid NOT NULL REFERENCES plan_sessions (id),
  pigment_id      uuid NOT NULL REFERENCES pigments (id),
  PRIMARY KEY (plan_session_id, pigment_id)
);
CREATE INDEX plan_session_pigments_by_pigment ON plan_session_pigments (pigment_id);
CREATE TRIGGER plan_session_pigments_immutable BEFORE UPDATE OR DELETE ON plan_session_pigments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER plan_session_pigments_no_truncate BEFORE TRUNCATE ON plan_session_pigments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON plan_session_pigments FROM smp_app;

ALTER TABLE plan_sessions ALTER COLUMN shade DROP NOT NULL;

-- A patch test names the catalogue pigment tested, and the lot when known (a lot
-- of that pigment: the pair refers to the lot). Tests from before keep their typed
-- pigment and clear no catalogue pigment.
ALTER TABLE pigment_lots ADD CONSTRAINT pigment_lots_id_pigment_key UNIQUE (id, pigment_id);
ALTER TABLE patch_tests
  ALTER COLUMN pigment DROP NOT NULL,
  ADD COLUMN pigment_id uuid REFERENCES pigments (id),
  ADD COLUMN pigment_lot_id uuid,
  ADD CONSTRAINT patch_tests_lot_of_pigment FOREIGN KEY (pigment_lot_id, pigment_id) REFERENCES pigment_lots (id, pigment_id),
  ADD CONSTRAINT patch_tests_names_pigment CHECK (num_nonnulls(pigment, pigment_id) = 1);
CREATE INDEX patch_tests_by_pigment ON patch_tests (client_id, pigment_id, read_on DESC, recorded_at DESC);

-- Down Migration

DROP INDEX patch_tests_by_pigment;
ALTER TABLE patch_tests DROP CONSTRAINT patch_tests_names_pigment, DROP CONSTRAINT patch_tests_lot_of_pigment, DROP COLUMN pigment_lot_id, DROP COLUMN pigment_id;
ALTER TABLE pigment_lots DROP CONSTRAINT pigment_lots_id_pigment_key;
DROP TABLE plan_session_pigments;
