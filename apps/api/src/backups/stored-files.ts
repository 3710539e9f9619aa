import type pg from 'pg';

/** The columns whose values are keys of stored files (see storage/file-storage.ts): photos and doctors' letters. */
const FILE_KEY_COLUMNS = [
  { table: 'client_photos', columns: ['original_key', 'preview_key', 'thumbnail_key'] },
  { table: 'screening_clearances', columns: ['document_key'] },
  { table: 'plan_clearances', columns: ['document_key'] },
];

/** The keys of every stored file that a row refers to, sorted. */
export async function referencedFileKeys(client: Pick<pg.ClientBase, 'query'>): Promise<string[]> {
  const selects = FILE_KEY_COLUMNS.flatMap(({ table, columns }) => columns.map((column) => `SELECT ${column} AS key FROM ${table} WHERE ${column} IS NOT NULL`));
  const { rows } = await client.query<{ key: string }>(`${selects.join(' UNION ')} ORDER BY key`);
  return rows.map((row) => row.key);
}
