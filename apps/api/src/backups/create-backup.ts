import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { recordCommandLineEvent } from '../audit/command-line-events.js';
import { appliedMigrations } from '../database/migrations.js';
import { packFolder } from './archive.js';
import { BACKUP_FORMAT_VERSION, backupSummary, MANIFEST_FILE, sha256Of, storedFile, tableFile, TABLES_FOLDER, type BackupManifest } from './manifest.js';
import { referencedFileKeys } from './stored-files.js';
import { clinicSequences, clinicTables, copyTableOut, inSnapshot } from './table-dump.js';
import { withConnection } from '../database/own-connection.js';

export interface BackupSource {
  /** The tables' owner's login (DATABASE_URL, or the embedded server's). */
  ownerUrl: string;
  /** Where the app keeps stored files (FILES_DIR). */
  filesDir: string;
}

/** The file name a backup gets unless one is chosen: the instant, in a form every file system accepts. */
export function defaultBackupName(createdAt: Date): string {
  return `smp-backup-${createdAt.toISOString().replace(/[:.]/g, '-')}.tar.gz`;
}

/**
 * Writes one archive of the whole clinic: every table as of one snapshot, the
 * stored files its rows refer to, and a manifest of counts and checksums. Files
 * are written before the row that names them and never rewritten, so the ones a
 * snapshot refers to are all there when they are read after it. Once the archive
 * is written, one `clinic.backup` event records it: after the snapshot, so this
 * backup does not hold its own event and the next one does.
 */
export async function createBackup(source: BackupSource, archive: string, createdAt = new Date()): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'smp-backup-'));
  try {
    const manifest = await stageBackup(source, staging, createdAt);
    await packFolder(staging, archive);
    await withConnection(source.ownerUrl, (client) => recordCommandLineEvent(client, 'clinic.backup', backupSummary(archive, manifest))).catch(async (error: unknown) => {
      // Every client's records are in the archive: none may exist that the audit trail does not show.
      await rm(archive, { force: true });
      throw new Error('The backup could not be recorded on the audit trail, so its archive was removed', { cause: error });
    });
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function stageBackup(source: BackupSource, staging: string, createdAt: Date): Promise<BackupManifest> {
  return withConnection(source.ownerUrl, async (client) => {
    await mkdir(path.join(staging, TABLES_FOLDER));
    const snapshot = await inSnapshot(client, async () => {
      const migrationLevel = (await appliedMigrations(client)).at(-1);
      if (!migrationLevel) throw new Error('The database was never migrated (the app has not run on it): there is nothing to back up');
      const clinic = await clinicTables(client);
      const tables = [];
      for (const table of clinic) {
        const file = path.join(staging, tableFile(table.name));
        await pipeline(copyTableOut(client, table), createWriteStream(file));
        const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM ${table.sqlName}`);
        tables.push({ name: table.name, rows: rows[0]!.count, sha256: await sha256Of(file) });
      }
      const sequences = [];
      for (const sequence of await clinicSequences(client)) {
        const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${sequence.sqlName}`);
        sequences.push({ name: sequence.name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
      }
      return { migrationLevel, tables, sequences, fileKeys: await referencedFileKeys(client, clinic) };
    });
    const files = [];
    for (const key of snapshot.fileKeys) {
      const target = path.join(staging, storedFile(key));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(path.join(source.filesDir, key), target).catch((error: unknown) => {
        throw new Error(`The stored file ${key}, which the clinic's records refer to, cannot be read from ${source.filesDir}`, { cause: error });
      });
      files.push({ key, bytes: (await stat(target)).size, sha256: await sha256Of(target) });
    }
    const manifest: BackupManifest = {
      formatVersion: BACKUP_FORMAT_VERSION,
      migrationLevel: snapshot.migrationLevel,
      createdAt: createdAt.toISOString(),
      tables: snapshot.tables,
      sequences: snapshot.sequences,
      files,
    };
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  });
}
