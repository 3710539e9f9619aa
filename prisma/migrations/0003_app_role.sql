-- Up Migration

-- The app works as smp_app, not as the role that owns the tables (and runs these
-- migrations): an owner could disable triggers or rewrite history. smp_app may
-- read and write the tables, less what append-only tables forbid. The app's
-- connection takes the role at start-up (`-c role=smp_app`), so this works whichever
-- login DATABASE_URL gives, as long as that login may create roles now.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'smp_app') THEN
    CREATE ROLE smp_app NOLOGIN;
  END IF;
END
$$;
GRANT smp_app TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO smp_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO smp_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO smp_app;
-- Tables of later migrations, made by the same owner, are granted the same way.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO smp_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO smp_app;

-- History is written once: the trail of who did what.
REVOKE UPDATE, DELETE ON audit_events FROM smp_app;

-- Down Migration

ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM smp_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM smp_app;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM smp_app;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM smp_app;
REVOKE USAGE ON SCHEMA public FROM smp_app;
