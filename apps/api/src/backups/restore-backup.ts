import { createReadStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { recordCommandLineEvent } from '../audit/command-line-events.js';
import { appliedMigrations, migrateUpTo, migrationLevels } from '../database/migrations.js';
import { unpackArchive } from './archive.js';
import { backupSummary, manifestSchema, MANIFEST_FILE, sha256Of, storedFile, tableFile, type BackupManifest } from './manifest.js';
import { clinicTables, tablesWithRows, type ClinicTable } from './table-dump.js';
import { withConnection } from '../database/own-connection.js';

/** A restore that was not done, with the reason in words for the person running it; the install is still empty. */
export class RestoreRefused extends Error {}

export interface RestoreTarget {
  /** The tables' owner's login (DATABASE_URL, or the embedded server's). */
  ownerUrl: string;
  /** Where the app keeps stored files (FILES_DIR). */
  filesDir: string;
}

const INSUFFICIENT_PRIVILEGE = '42501';
/** Rows that the migrations themselves write into every new database: an install with only these is empty. */
const WRITTEN_BY_MIGRATIONS = ['public.online_booking_settings', 'public.signing_keys'];

/**
 * Restores a backup into an empty install: checks the archive against its manifest,
 * migrates the empty database to the backup's level, then loads every table in one
 * transaction, copies the files and records one `clinic.restore` event naming the
 * backup; after any failure the install is still empty, its audit trail included.
 */
export async function restoreBackup(archive: string, target: RestoreTarget): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(os.tmpdir(), 'smp-restore-'));
  try {
    await unpackArchive(archive, staging).catch((error: unknown) => {
      throw new RestoreRefused(`${archive} is not a readable backup archive`, { cause: error });
    });
    const manifest = await readManifest(staging);
    await checkChecksums(staging, manifest);
    if (!(await migrationLevels()).includes(manifest.migrationLevel)) {
      throw new RestoreRefused(`The backup was made at migration ${manifest.migrationLevel}, which this version of the app does not have: restore it with a version at least as new`);
    }
    await refuseUnlessEmpty(target, manifest);
    await migrateUpTo(target.ownerUrl, manifest.migrationLevel);
    await load(staging, archive, manifest, target);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function readManifest(staging: string): Promise<BackupManifest> {
  const text = await readFile(path.join(staging, MANIFEST_FILE), 'utf8').catch(() => null);
  const parsed = manifestSchema.safeParse(text === null ? null : parseJson(text));
  if (!parsed.success) throw new RestoreRefused(`The archive has no ${MANIFEST_FILE} this version of the app can read: it is not one of its backups, or a newer format`);
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Every table and file as the manifest records it, before anything is changed. */
async function checkChecksums(staging: string, manifest: BackupManifest): Promise<void> {
  const expected = [
    ...manifest.tables.map((table) => ({ file: tableFile(table.name), sha256: table.sha256 })),
    ...manifest.files.map((file) => ({ file: storedFile(file.key), sha256: file.sha256 })),
  ];
  for (const { file, sha256 } of expected) {
    const actual = await sha256Of(path.join(staging, file)).catch(() => null);
    if (actual !== sha256) throw new RestoreRefused(`The backup is damaged or was altered: ${file} ${actual ? 'does not match its checksum' : 'is missing'}`);
  }
}

async function refuseUnlessEmpty(target: RestoreTarget, manifest: BackupManifest): Promise<void> {
  // Folders alone, as an undone restore leaves them, hold nothing.
  const entries = await readdir(target.filesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  if (entries.some((entry) => !entry.isDirectory())) throw new RestoreRefused(`The files folder ${target.filesDir} is not empty: restore only into an empty install`);
  await withConnection(target.ownerUrl, async (client) => {
    const withRows = (await tablesWithRows(client)).filter((name) => !WRITTEN_BY_MIGRATIONS.includes(name));
    if (withRows.length > 0) throw new RestoreRefused(`The database already holds clinic data (in ${withRows.join(', ')}): restore only into an empty install`);
    const level = (await appliedMigrations(client)).at(-1);
    if (level && level > manifest.migrationLevel) {
      throw new RestoreRefused(`The empty database is already at migration ${level}, newer than the backup's ${manifest.migrationLevel}: restore into a new database`);
    }
  });
}

async function load(staging: string, archive: string, manifest: BackupManifest, target: RestoreTarget): Promise<void> {
  await withConnection(target.ownerUrl, async (client) => {
    const copied: string[] = [];
    await client.query('BEGIN');
    try {
      // No trigger fires and no foreign key is checked while rows come back as they were (written-once tables included).
      await client.query('SET LOCAL session_replication_role = replica').catch((error: unknown) => {
        if ((error as { code?: string }).code !== INSUFFICIENT_PRIVILEGE) throw error;
        throw new RestoreRefused('Restoring needs a database login that may set session_replication_role (a superuser): use such a DATABASE_URL for the restore', { cause: error });
      });
      await loadTables(client, staging, manifest);
      for (const sequence of manifest.sequences) {
        await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [sequence.name, sequence.lastValue, sequence.isCalled]);
      }
      await copyFiles(staging, manifest, target.filesDir, copied);
      // After the sequences are set, so the event's id follows the backup's last. With triggers
      // held off it is written as ever: the audit trail's triggers refuse changes, not inserts.
      await recordCommandLineEvent(client, 'clinic.restore', backupSummary(archive, manifest));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      await Promise.all(copied.map((file) => rm(file, { force: true })));
      throw error;
    }
  });
}

async function loadTables(client: pg.ClientBase, staging: string, manifest: BackupManifest): Promise<void> {
  const tables = new Map<string, ClinicTable>((await clinicTables(client)).map((table) => [table.name, table]));
  const backedUp = new Set(manifest.tables.map((table) => table.name));
  const unknown = [...backedUp].filter((name) => !tables.has(name));
  const missing = [...tables.keys()].filter((name) => !backedUp.has(name));
  if (unknown.length || missing.length) {
    throw new RestoreRefused(`The backup's tables do not match the database at migration ${manifest.migrationLevel} (${[...unknown, ...missing].join(', ')})`);
  }
  // The backup's rows replace what the migrations wrote (its signing keys are the ones its links were signed with).
  await client.query(`TRUNCATE ${[...tables.values()].map((table) => table.sqlName).join(', ')}`);
  for (const { name, rows } of manifest.tables) {
    const table = tables.get(name)!;
    const columns = table.columns.map((column) => pg.escapeIdentifier(column)).join(', ');
    // HEADER MATCH: the file's columns must be the table's, by name and in order.
    const copy = client.query(copyFrom(`COPY ${table.sqlName} (${columns}) FROM STDIN (FORMAT csv, HEADER MATCH)`));
    await pipeline(createReadStream(path.join(staging, tableFile(name))), copy);
    if (copy.rowCount !== rows) throw new RestoreRefused(`The backup's ${name} has ${copy.rowCount} rows where its manifest says ${rows}`);
  }
}

/** Copies each stored file into place, checking the copy; `copied` lists what was written, for undoing. */
async function copyFiles(staging: string, manifest: BackupManifest, filesDir: string, copied: string[]): Promise<void> {
  for (const file of manifest.files) {
    const destination = path.join(filesDir, file.key);
    await mkdir(path.dirname(destination), { recursive: true });
    copied.push(destination);
    await copyFile(path.join(staging, storedFile(file.key)), destination);
    if ((await sha256Of(destination)) !== file.sha256) throw new Error(`The copy of ${file.key} in ${filesDir} does not match the backup's checksum`);
  }
}
