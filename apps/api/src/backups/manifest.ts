import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isSafeKey } from '../storage/file-storage.js';

/** Raised when a backup's format changes in a way an older restore cannot read. */
export const BACKUP_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
/** Inside the archive: one CSV file per table, and the stored files under their keys. */
export const TABLES_FOLDER = 'tables';
export const FILES_FOLDER = 'files';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
/** schema.name of a table or sequence, as the restore names it in SQL. */
const relationName = z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/);

export const manifestSchema = z.object({
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  /** The newest of our migrations applied to the database backed up. */
  migrationLevel: z.string().min(1),
  createdAt: z.iso.datetime(),
  tables: z.array(z.object({ name: relationName, rows: z.number().int().min(0), sha256 })),
  sequences: z.array(z.object({ name: relationName, lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
  files: z.array(z.object({ key: z.string().refine(isSafeKey, 'must be a storage key'), bytes: z.number().int().min(0), sha256 })),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/**
 * A backup in brief, as the commands report it and the audit trail records it: which
 * one (the archive's name, never where it is kept) and how much of the clinic it holds.
 */
export function backupSummary(archive: string, manifest: BackupManifest) {
  return {
    archive: path.basename(archive),
    createdAt: manifest.createdAt,
    migrationLevel: manifest.migrationLevel,
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    files: manifest.files.length,
  };
}

export function tableFile(tableName: string): string {
  return `${TABLES_FOLDER}/${tableName}.csv`;
}

export function storedFile(key: string): string {
  return `${FILES_FOLDER}/${key}`;
}

/** The SHA-256 of a file, in hex, read as a stream (photos may be large). */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
