import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDatabase, type Database } from '../database/database.js';
import { currentSchemaVersion, migrateUpTo, migrationLevels } from '../database/migrations.js';
import { loadDemoDataOnFirstRun } from '../demo-data/load-demo-data.js';
import { MessageOutbox } from '../messaging/message-outbox.js';
import { LocalFileStorage } from '../storage/file-storage.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { packFolder, unpackArchive } from './archive.js';
import { createBackup } from './create-backup.js';
import { tableFile, type BackupManifest } from './manifest.js';
import { restoreBackup } from './restore-backup.js';
import { clinicSequences, clinicTables, copyTableOut, tablesWithRows } from './table-dump.js';
import { withConnection } from '../database/own-connection.js';

const AUDIT_TRAIL = 'public.audit_events';

/** Every column of every audit event, oldest first. */
function auditTrail(url: string): Promise<Record<string, unknown>[]> {
  return withConnection(url, async (client) => (await client.query('SELECT * FROM audit_events ORDER BY id')).rows);
}

/** Every table's rows (ordered) and every sequence's position, by name. */
function everything(url: string): Promise<Record<string, string>> {
  return withConnection(url, async (client) => {
    const contents: Record<string, string> = {};
    for (const table of await clinicTables(client)) contents[table.name] = await text(copyTableOut(client, table));
    for (const sequence of await clinicSequences(client)) {
      contents[sequence.name] = JSON.stringify((await client.query(`SELECT last_value, is_called FROM ${sequence.sqlName}`)).rows);
    }
    return contents;
  });
}

function withoutAuditTrail(contents: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(contents).filter(([name]) => name !== AUDIT_TRAIL));
}

/**
 * The restored install holds all the source does, but for the one event each gained
 * after the backup's snapshot: the source its backup's, the restored install its
 * restore's, which names the same backup and takes the same place on the trail.
 */
async function expectRestoredFrom(sourceUrl: string, restoredUrl: string): Promise<void> {
  // Each trail's counter is one event past the backup's: sequences compare equal.
  expect(withoutAuditTrail(await everything(restoredUrl))).toEqual(withoutAuditTrail(await everything(sourceUrl)));
  const sourceEvents = await auditTrail(sourceUrl);
  const backup = sourceEvents.at(-1)!;
  expect(backup.action).toBe('clinic.backup');
  expect(await auditTrail(restoredUrl)).toEqual([
    ...sourceEvents.slice(0, -1),
    expect.objectContaining({ id: backup.id, action: 'clinic.restore', actor_id: null, address: null, details: backup.details }),
  ]);
}

describe('backup and restore', () => {
  const cleanUp: (() => Promise<unknown>)[] = [];
  let work: string;
  let source: TestDatabase;
  let sourceFiles: string;
  let archive: string;
  let manifest: BackupManifest;

  /** An install with nothing in it: a database never migrated, and no files folder yet. */
  async function emptyInstall(): Promise<{ database: TestDatabase; filesDir: string }> {
    const database = await createTestDatabase({ migrated: false });
    cleanUp.push(database.drop);
    return { database, filesDir: await mkdtemp(path.join(work, 'files-')) };
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'smp-backups-test-'));
    cleanUp.push(() => rm(work, { recursive: true, force: true }));
    source = await createTestDatabase();
    cleanUp.push(source.drop);
    sourceFiles = path.join(work, 'source-files');
    const database: Database = createDatabase(source.appUrl);
    try {
      await database.clinicSettings.create({ data: { name: 'Demo', country: 'US', timeZone: 'America/New_York', currency: 'USD' } });
      await database.location.create({ data: { name: 'Demo', main: true } });
      await loadDemoDataOnFirstRun(database, new LocalFileStorage(sourceFiles), new MessageOutbox());
    } finally {
      await database.$disconnect();
    }
    archive = path.join(work, 'clinic.tar.gz');
    manifest = await createBackup({ ownerUrl: source.url, filesDir: sourceFiles }, archive);
  }, 120_000);
  afterAll(async () => {
    for (const step of cleanUp.reverse()) await step();
  });

  it('records the backup on the audit trail once, after the snapshot it holds', async () => {
    const trail = await auditTrail(source.url);
    const backups = trail.filter((event) => event.action === 'clinic.backup');

    expect(backups).toEqual([
      expect.objectContaining({
        actor_id: null,
        address: null,
        details: {
          archive: 'clinic.tar.gz',
          createdAt: manifest.createdAt,
          migrationLevel: manifest.migrationLevel,
          tables: manifest.tables.length,
          rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
          files: manifest.files.length,
        },
      }),
    ]);
    expect(trail.at(-1)).toEqual(backups[0]);
    expect(manifest.tables.find((table) => table.name === AUDIT_TRAIL)!.rows).toBe(trail.length - 1);
  });

  it('records nothing of a backup that fails', async () => {
    const eventsBefore = (await auditTrail(source.url)).length;
    const failed = path.join(work, 'failed.tar.gz');

    await expect(createBackup({ ownerUrl: source.url, filesDir: await mkdtemp(path.join(work, 'files-')) }, failed)).rejects.toThrow(/The stored file .* cannot be read/);
    expect(await auditTrail(source.url)).toHaveLength(eventsBefore);
  });

  it('keeps no backup that the audit trail cannot record', async () => {
    const database = await createTestDatabase();
    cleanUp.push(database.drop);
    await database.asOwner(`ALTER TABLE audit_events ADD CONSTRAINT no_backups CHECK (action <> 'clinic.backup')`);
    const unrecorded = path.join(work, 'unrecorded.tar.gz');

    await expect(createBackup({ ownerUrl: database.url, filesDir: await mkdtemp(path.join(work, 'files-')) }, unrecorded)).rejects.toThrow(
      'The backup could not be recorded on the audit trail, so its archive was removed',
    );
    await expect(readFile(unrecorded)).rejects.toThrow(/ENOENT/);
  });

  it('restores into an empty install every row and every stored file of the clinic, and records the restore', async () => {
    expect(manifest.tables.find((table) => table.name === 'public.clients')!.rows).toBeGreaterThan(0);
    expect(manifest.files.length).toBeGreaterThan(0);
    const target = await emptyInstall();

    await restoreBackup(archive, { ownerUrl: target.database.url, filesDir: target.filesDir });

    await expectRestoredFrom(source.url, target.database.url);
    await expect(target.database.asOwner(`DELETE FROM audit_events WHERE action = 'clinic.restore'`)).rejects.toThrow('audit events are append-only');
    const restoredFiles = (await readdir(target.filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(restoredFiles).toHaveLength(manifest.files.length);
    for (const { key } of manifest.files) {
      expect((await readFile(path.join(target.filesDir, key))).equals(await readFile(path.join(sourceFiles, key)))).toBe(true);
    }
  }, 120_000);

  it("restores a backup made by an older version at that version's migration level", async () => {
    const olderLevel = (await migrationLevels())[11]!;
    const older = await emptyInstall();
    await migrateUpTo(older.database.url, olderLevel);
    await older.database.asOwner(`INSERT INTO clients (first_name, last_name, email) VALUES ('Ada', 'Older', 'ada@example.com')`);
    const olderArchive = path.join(work, 'older.tar.gz');
    await createBackup({ ownerUrl: older.database.url, filesDir: older.filesDir }, olderArchive);
    const target = await emptyInstall();

    await restoreBackup(olderArchive, { ownerUrl: target.database.url, filesDir: target.filesDir });

    expect(await withConnection(target.database.url, currentSchemaVersion)).toBe(olderLevel);
    await expectRestoredFrom(older.database.url, target.database.url);
  });

  it('refuses to restore into an install that holds clinic data, and changes nothing', async () => {
    const before = await everything(source.url);
    const emptyFolder = await mkdtemp(path.join(work, 'files-'));

    await expect(restoreBackup(archive, { ownerUrl: source.url, filesDir: emptyFolder })).rejects.toThrow(/already holds clinic data .*public\.clients/);
    expect(await everything(source.url)).toEqual(before);
  });

  it('refuses a backup whose tables were altered after it was made, and leaves the empty install empty', async () => {
    const unpacked = await mkdtemp(path.join(work, 'tampered-'));
    await unpackArchive(archive, unpacked);
    const clients = path.join(unpacked, tableFile('public.clients'));
    await writeFile(clients, (await readFile(clients, 'utf8')).replace(/Smith|a/, 'X'));
    const tampered = path.join(work, 'tampered.tar.gz');
    await packFolder(unpacked, tampered);
    const target = await emptyInstall();

    await expect(restoreBackup(tampered, { ownerUrl: target.database.url, filesDir: target.filesDir })).rejects.toThrow(
      'The backup is damaged or was altered: tables/public.clients.csv does not match its checksum',
    );
    expect(await everything(target.database.url)).toEqual({});
    expect(await readdir(target.filesDir)).toEqual([]);
  });

  it('keeps nothing of a restore that fails part-way through loading the tables', async () => {
    const unpacked = await mkdtemp(path.join(work, 'miscounted-'));
    await unpackArchive(archive, unpacked);
    const miscounted = manifest.tables.map((table) => (table.name === 'public.session_records' ? { ...table, rows: table.rows + 1 } : table));
    await writeFile(path.join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, tables: miscounted }));
    const broken = path.join(work, 'miscounted.tar.gz');
    await packFolder(unpacked, broken);
    const target = await emptyInstall();

    await expect(restoreBackup(broken, { ownerUrl: target.database.url, filesDir: target.filesDir })).rejects.toThrow(/public\.session_records has \d+ rows where its manifest says/);
    // Only what its migrations write into every new database.
    expect(await withConnection(target.database.url, tablesWithRows)).toEqual(['public.online_booking_settings', 'public.signing_keys']);
    expect((await readdir(target.filesDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())).toEqual([]);
  });

  it('refuses a backup made at a migration this version of the app does not have', async () => {
    const unpacked = await mkdtemp(path.join(work, 'newer-'));
    await unpackArchive(archive, unpacked);
    await writeFile(path.join(unpacked, 'manifest.json'), JSON.stringify({ ...manifest, migrationLevel: '9999_from_the_future' }));
    const newer = path.join(work, 'newer.tar.gz');
    await packFolder(unpacked, newer);
    const target = await emptyInstall();

    await expect(restoreBackup(newer, { ownerUrl: target.database.url, filesDir: target.filesDir })).rejects.toThrow(
      /migration 9999_from_the_future, which this version of the app does not have/,
    );
    expect(await everything(target.database.url)).toEqual({});
  });
});
