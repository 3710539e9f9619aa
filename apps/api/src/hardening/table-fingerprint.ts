import type pg from 'pg';

/**
 * Tables whose rows a refused request may change by design: sign-in throttling counts
 * failed attempts, every request with a token marks its session as seen, and the
 * public routes' rate limits count every request, refused or not.
 */
const CHANGED_BY_REFUSALS = new Set(['sign_in_throttles', 'staff_sessions', 'rate_limit_counts']);

/** Refusals the audit trail records on purpose: failed sign-ins and password checks, and locks. */
const AUDITED_REFUSALS = ['auth.sign_in_failed', 'auth.sign_in_locked', 'auth.password_change_failed'];

/** A query giving, per table, its row count and a hash of its rows: equal fingerprints, no row written. */
export async function fingerprintQuery(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const tables = rows.map((row) => row.name).filter((name) => !CHANGED_BY_REFUSALS.has(name));
  const refusals = AUDITED_REFUSALS.map((action) => `'${action}'`).join(', ');
  return tables
    .map((name) =>
      name === 'audit_events'
        ? // The trail is append-only (triggers refuse changes), so its count of rows says whether anything was added.
          `SELECT '${name}' AS name, count(*)::text AS hash FROM ${name} WHERE action NOT IN (${refusals})`
        : `SELECT '${name}' AS name, count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) AS hash FROM ${name} t`,
    )
    .join(' UNION ALL ');
}

export type Fingerprint = Map<string, string>;

export async function fingerprint(client: pg.Client, query: string): Promise<Fingerprint> {
  const { rows } = await client.query<{ name: string; hash: string }>({ name: 'table-fingerprint', text: query });
  return new Map(rows.map((row) => [row.name, row.hash]));
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...after.keys()].filter((name) => before.get(name) !== after.get(name));
}
