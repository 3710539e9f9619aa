// Loaded with `node --import` into the app by the load benchmark only: appends every
// statement the app sends (text, parameters, row mode) to SQL_RECORD_FILE, one JSON
// line each as it completes, so that the floor server can replay exactly the app's SQL.
import { appendFileSync } from 'node:fs';
import pg from 'pg';

export interface RecordedStatement {
  text: string;
  values?: unknown[];
  rowMode?: 'array';
  /** An INSERT's first returned row: the ids the database made, which later statements use. */
  returned?: unknown[];
}

const file = process.env.SQL_RECORD_FILE;
if (file) {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- the original, wrapped below and called on each client with apply(this)
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  pg.Client.prototype.query = function recordingQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config = typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[]; rowMode?: 'array' } | undefined);
    const result = query.apply(this, args);
    if (!config?.text) return result;
    const values = config.values ?? (Array.isArray(second) ? (second as unknown[]) : undefined);
    const record = (returned?: unknown[]) => {
      const statement: RecordedStatement = { text: config.text!, ...(values ? { values } : {}), ...(config.rowMode ? { rowMode: config.rowMode } : {}), ...(returned ? { returned } : {}) };
      appendFileSync(file, `${JSON.stringify(statement)}\n`);
    };
    if (!(result instanceof Promise)) {
      record();
      return result;
    }
    return result.then(
      (outcome: { rows?: unknown[] }) => {
        const row = /^\s*INSERT\b/i.test(config.text!) ? outcome.rows?.[0] : undefined;
        record(Array.isArray(row) ? row : row ? Object.values(row) : undefined);
        return outcome;
      },
      (error: unknown) => {
        record();
        throw error;
      },
    );
  } as typeof pg.Client.prototype.query;
}
