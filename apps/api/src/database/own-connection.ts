import pg from 'pg';

/**
 * A connection of its own to the database at `url`, outside the app's pool: for
 * COPY, a long snapshot or another read that would hold a pooled connection too long.
 */
export async function openConnection(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  // A connection lost while idle between queries is reported by the next query, not as an uncaught error.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Runs `work` on `client`, then closes it, whatever became of the work (a failure may have closed it already). */
export async function closedAfter<Result>(client: pg.Client, work: () => Promise<Result>): Promise<Result> {
  try {
    return await work();
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs `work` on a connection of its own to the database at `url`, closed afterwards. */
export async function withConnection<Result>(url: string, work: (client: pg.Client) => Promise<Result>): Promise<Result> {
  const client = await openConnection(url);
  return closedAfter(client, () => work(client));
}
