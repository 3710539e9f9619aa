// Loaded with `node --import` into the app by the load benchmark only: appends every
// statement the app sends (text, parameters, row mode) to SQL_RECORD_FILE, one JSON
// line each, so that the floor server can replay exactly the app's SQL.
import { appendFileSync } from 'node:fs';
import pg from 'pg';

export interface RecordedStatement {
  text: string;
  values?: unknown[];
  rowMode?: 'array';
}

const file = process.env.SQL_RECORD_FILE;
if (file) {
  const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
  pg.Client.prototype.query = function recordingQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config = typeof first === 'string' ? { text: first } : (first as { text?: string; values?: unknown[]; rowMode?: 'array' } | undefined);
    if (config?.text) {
      const values = config.values ?? (Array.isArray(second) ? (second as unknown[]) : undefined);
      const statement: RecordedStatement = { text: config.text, ...(values ? { values } : {}), ...(config.rowMode ? { rowMode: config.rowMode } : {}) };
      appendFileSync(file, `${JSON.stringify(statement)}\n`);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
