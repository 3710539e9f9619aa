-- Up Migration

-- The app reads and writes instants without an offset in UTC. A direct connection
-- asks for UTC in its startup options, but a pooler in transaction mode (PgBouncer)
-- refuses such options, so the database itself makes UTC every session's default.
-- Setting a database's defaults is its owner's right: a migrating login without it
-- is told so here, and an app whose pooled connections are not in UTC refuses to start.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET "TimeZone" TO %L', current_database(), 'UTC');
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'Could not make UTC the default time zone of database %: only its owner may', current_database();
END;
$$;

-- Down Migration

DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I RESET "TimeZone"', current_database());
END;
$$;
