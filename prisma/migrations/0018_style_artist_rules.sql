-- Up Migration

-- Rules by artist: an owner marks a certification as required for treatment work
-- (an artist whose required certification has expired is neither booked for
-- treatment nor records a session) and names the styles it covers (edge-up may be
-- booked only with an artist whose certification covers it).
ALTER TABLE artist_certifications
  ADD COLUMN required_for_treatment boolean NOT NULL DEFAULT false,
  ADD COLUMN covers text[] NOT NULL DEFAULT '{}'
    CONSTRAINT artist_certifications_covers_check
    CHECK (covers <@ ARRAY['hairline_restoration', 'density', 'edge_up', 'scar_camouflage', 'womens_density', 'alopecia_medical', 'correction']::text[]);

-- An owner lets an artist work on past the expiry of a required certification, with
-- a reason, until a day (e.g. while the renewal is being issued). Written once.
CREATE TABLE certification_overrides (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  certification_id uuid NOT NULL REFERENCES artist_certifications (id),
  reason           text NOT NULL CHECK (length(btrim(reason)) >= 3 AND length(reason) <= 500),
  valid_until      date NOT NULL,
  granted_by       uuid NOT NULL REFERENCES staff (id),
  granted_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX certification_overrides_in_force ON certification_overrides (certification_id, valid_until);

CREATE TRIGGER certification_overrides_immutable BEFORE UPDATE OR DELETE ON certification_overrides
  FOR EACH ROW EXECUTE FUNCTION refuse_change_to_signed_record();
CREATE TRIGGER certification_overrides_no_truncate BEFORE TRUNCATE ON certification_overrides
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_to_signed_record();
REVOKE UPDATE, DELETE, TRUNCATE ON certification_overrides FROM smp_app;

-- The third session of a plan is charged at the extra-session price unless an owner
-- marks it included, with a reason; sessions 1 and 2 of the plan cost nothing.
ALTER TABLE plan_sessions
  DROP CONSTRAINT plan_sessions_check,
  ADD CONSTRAINT plan_sessions_check CHECK (kind = 'extra' OR number >= 3 OR price_minor = 0),
  ADD COLUMN included_reason text
    CONSTRAINT plan_sessions_included_reason_check
    CHECK (included_reason IS NULL OR (length(btrim(included_reason)) >= 3 AND length(included_reason) <= 500 AND price_minor = 0));

-- Down Migration

ALTER TABLE plan_sessions
  DROP COLUMN included_reason,
  DROP CONSTRAINT plan_sessions_check,
  ADD CONSTRAINT plan_sessions_check CHECK (kind = 'extra' OR price_minor = 0);
DROP TABLE certification_overrides;
ALTER TABLE artist_certifications DROP COLUMN covers, DROP COLUMN required_for_treatment;
