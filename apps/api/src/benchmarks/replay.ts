// Runs the statements the app ran for one request again, as recorded by
// sql-recorder.ts: what the load benchmark's floor does per request, and what it
// times alone on one connection.
import type pg from 'pg';
import type { RecordedStatement } from './sql-recorder.js';

/** What the app did for one request: its statements and its answer. */
export interface RecordedRequest {
  method: string;
  url: string;
  statements: RecordedStatement[];
  status: number;
  bodyBytes: number;
  /**
   * A booking cannot be replayed as it was: its INSERT would clash with the app's
   * committed booking. It runs inside a transaction that rolls back, with the artist
   * and client ids swapped for the next of these pairs, so concurrent replays do not
   * wait on each other's exclusion constraint, and the ids its INSERTs return in
   * place of those the app's returned.
   */
  rollBackWith?: { from: { artistId: string; clientId: string }; pairs: { artistId: string; clientId: string }[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION)\b/i;
const replays = new WeakMap<RecordedRequest, number>();

/** Whether the request's statements ran in a transaction of their own, where they depend on each other. */
export const ranInTransaction = (request: RecordedRequest) => request.statements.some(({ text }) => TRANSACTION_CONTROL.test(text));

export async function replay(client: pg.ClientBase, request: RecordedRequest): Promise<void> {
  if (!request.rollBackWith) {
    for (const { text, values, rowMode } of request.statements) await client.query({ text, values, ...(rowMode ? { rowMode } : {}) });
    return;
  }
  const { from, pairs } = request.rollBackWith;
  const count = replays.get(request) ?? 0;
  replays.set(request, count + 1);
  const to = pairs[count % pairs.length]!;
  const swaps = new Map<unknown, unknown>([
    [from.artistId, to.artistId],
    [from.clientId, to.clientId],
  ]);
  const swap = (value: unknown): unknown => (Array.isArray(value) ? value.map(swap) : swaps.has(value) ? swaps.get(value) : value);
  await client.query('BEGIN');
  try {
    for (const { text, values, returned } of request.statements) {
      if (TRANSACTION_CONTROL.test(text)) continue;
      const result = await client.query({ text, values: values?.map(swap), rowMode: 'array' });
      const row = result.rows[0] as unknown[] | undefined;
      returned?.forEach((cell, index) => {
        if (typeof cell === 'string' && UUID.test(cell) && row?.[index] !== undefined) swaps.set(cell, row[index]);
      });
    }
  } finally {
    await client.query('ROLLBACK');
  }
}
