-- Up Migration

-- A draft plan may be cancelled without ever having started: only active and completed plans need a start.
ALTER TABLE treatment_plans
  DROP CONSTRAINT treatment_plans_check2,
  ADD CONSTRAINT treatment_plans_started CHECK (status IN ('draft', 'cancelled') OR started_at IS NOT NULL);

-- Down Migration

ALTER TABLE treatment_plans
  DROP CONSTRAINT treatment_plans_started,
  ADD CONSTRAINT treatment_plans_check2 CHECK (status = 'draft' OR started_at IS NOT NULL);
