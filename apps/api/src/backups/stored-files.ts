import type pg from 'pg';
import type { ClinicTable } from './table-dump.js';

/** The columns whose values are keys of stored files (see storage/file-storage.ts): photos and doctors' letters. */
export const FILE_KEY_COLUMNS = [
  { table: 'client_photos', columns: ['original_key', 'preview_key', 'thumbnail_key'] },
  { table: 'screening_clearances', columns: ['document_key'] },
  { table: 'plan_clearances', columns: ['document_key'] },
] as const;

/** The keys of every stored file that a row of `tables` refers to, sorted; an older schema has fewer such columns. */
export async function referencedFileKeys(client: Pick<pg.ClientBase, 'query'>, tables: ClinicTable[]): Promise<string[]> {
  const selects = FILE_KEY_COLUMNS.flatMap(({ table, columns }) => {
    const present = tables.find((candidate) => candidate.name === `public.${table}`)?.columns ?? [];
    return columns.filter((column) => present.includes(column)).map((column) => `SELECT ${column} AS key FROM ${table} WHERE ${column} IS NOT NULL`);
  });
  if (selects.length === 0) return [];
  const { rows } = await client.query<{ key: string }>(`${selects.join(' UNION ')} ORDER BY key`);
  return rows.map((row) => row.key);
}
