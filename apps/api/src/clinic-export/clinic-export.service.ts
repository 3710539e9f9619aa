import { pipeline } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type pg from 'pg';
import { dateInZone, type ClinicSettings } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { dataAsOf, REPORT_SOURCE, type ReportSource } from '../database/report-source.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { storedFile, tableFile } from '../backups/manifest.js';
import { referencedFileKeys } from '../backups/stored-files.js';
import { clinicTables, copyTableOut, inSnapshot, type ClinicTable } from '../backups/table-dump.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { safeFileName, type ZipDownload } from '../http/zip-download.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { crlfBetweenRecords } from './csv-line-ends.js';
import { exportReadme, README_FILE } from './export-readme.js';
import { exportedTables } from './left-out.js';

/** The download's name: the clinic's, and the day in the clinic's time zone. */
export function exportFileName(clinic: Pick<ClinicSettings, 'name' | 'timeZone'>, exportedAt: Date): string {
  return `${safeFileName(clinic.name, 'clinic').toLowerCase()}-export-${dateInZone(exportedAt, clinic.timeZone)}.zip`;
}

@Injectable()
export class ClinicExportService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(REPORT_SOURCE) private readonly source: ReportSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  /**
   * Writes all the clinic's data into the download `start` begins: the tables, as
   * of one snapshot, the files their rows name, then the README. The download begins
   * once the snapshot is open and the export is on the audit trail, so that a failure
   * before is an error answer. Files are read after the snapshot: each is stored
   * before the row naming it and never changed, so those it names are all there.
   */
  async export(actor: Actor, start: (fileName: string) => ZipDownload): Promise<void> {
    const clinic = await this.clinic.get();
    let download: ZipDownload | undefined;
    try {
      // A replica serves the export when there is one. How fresh it is is read before
      // the snapshot is taken: the snapshot holds at least every change up to then.
      const snapshot = await this.source.onConnection(async (client, readFrom) => {
        const freshness = { dataAsOf: await dataAsOf(client), readFrom };
        return inSnapshot(client, async () => {
          const tables = exportedTables(await clinicTables(client));
          const fileKeys = await referencedFileKeys(client, tables);
          const exportedAt = new Date();
          await this.audit.record(this.database, actor, { action: 'clinic.data_export', details: { tables: tables.length, files: fileKeys.length } });
          download = start(exportFileName(clinic, exportedAt));
          const counted = [];
          for (const table of tables) counted.push({ ...table, rows: await addTable(download, client, table) });
          return { exportedAt, freshness, tables: counted, fileKeys, download };
        });
      });
      const unreadableFiles = await this.addFiles(snapshot.download, snapshot.fileKeys);
      const readme = exportReadme({
        clinicName: clinic.name,
        timeZone: clinic.timeZone,
        exportedAt: snapshot.exportedAt,
        freshness: snapshot.freshness,
        tables: snapshot.tables,
        files: snapshot.fileKeys.length - unreadableFiles.length,
        unreadableFiles,
      });
      await snapshot.download.add(README_FILE, Buffer.from(readme));
      await snapshot.download.finish();
    } catch (error) {
      download?.cutShort(error);
      throw error;
    }
  }

  /** Adds the stored files one at a time; those that cannot be read are named in the README instead of failing the whole export. */
  private async addFiles(download: ZipDownload, keys: readonly string[]): Promise<string[]> {
    const unreadable = [];
    for (const key of keys) {
      const bytes = await this.storage.read(key).catch(() => null);
      if (bytes) await download.add(storedFile(key), bytes);
      else unreadable.push(key);
    }
    return unreadable;
  }
}

/** Streams the table into the download as RFC 4180 CSV, instants in UTC; its count of rows once it is in. */
async function addTable(download: ZipDownload, client: pg.ClientBase, table: ClinicTable): Promise<number> {
  const rows = copyTableOut(client, table, { instantsInUtcIso: true });
  // A failure reaches the download through the CSV stream, which the pipeline destroys with it.
  await download.add(
    tableFile(table.name),
    pipeline(rows, crlfBetweenRecords(), () => undefined),
  );
  return rows.rowCount;
}
