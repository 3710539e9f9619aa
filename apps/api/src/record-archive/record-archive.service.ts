import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { notFoundProblem } from '../http/problem.js';
import { InvoicesService } from '../invoices/invoices.service.js';
import { collectClientRecord } from './record-collect.js';
import { safeFileName } from '../http/zip-download.js';
import { invoicePdfPath, recordContents, recordCounts, type ArchiveFile } from './record-contents.js';
import { renderSummaryHtml } from './summary-html.js';

/** A client's full record, ready to be written as an archive. */
export interface RecordArchive {
  fileName: string;
  files: readonly ArchiveFile[];
}

@Injectable()
export class RecordArchiveService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly invoices: InvoicesService,
  ) {}

  /**
   * Everything about the client, read and audited before a byte is sent, so that an
   * unknown client is a 404 and every export is on the audit trail with its counts.
   */
  async prepare(clientId: string, actor: Actor): Promise<RecordArchive> {
    const rows = await collectClientRecord(this.database, clientId);
    if (!rows) throw notFoundProblem('The client');
    const [clinic, invoicePdfs] = await Promise.all([this.clinic.get(), this.invoices.clientDocuments(clientId)]);
    const { record, files } = recordContents(rows, clinic.timeZone);
    const exportedAt = new Date();
    const summary = renderSummaryHtml(record, { clinicName: clinic.name, timeZone: clinic.timeZone, exportedAt });
    const counts = recordCounts(record);
    await this.audit.record(this.database, actor, {
      action: 'client.record_export',
      clientId,
      entityType: 'client',
      entityId: clientId,
      details: { ...counts, files: files.length + invoicePdfs.length },
    });
    return {
      fileName: `record-${safeFileName(`${rows.client.lastName}-${rows.client.firstName}`)}-${exportedAt.toISOString().slice(0, 10)}.zip`,
      files: [
        { path: 'summary.html', content: Buffer.from(summary) },
        { path: 'record.json', content: Buffer.from(JSON.stringify(record, null, 2)) },
        ...files,
        ...invoicePdfs.map((pdf) => ({ path: invoicePdfPath(pdf.number), content: pdf.bytes })),
      ],
    };
  }
}
