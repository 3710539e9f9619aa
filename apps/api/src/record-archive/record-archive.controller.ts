import { Controller, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { clientRoutes } from '@smp/contracts';
import { Endpoint, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { streamZip } from './archive-writer.js';
import { RecordArchiveService } from './record-archive.service.js';

@Controller()
export class RecordArchiveController {
  constructor(
    private readonly archives: RecordArchiveService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Endpoint(clientRoutes.recordArchive)
  @Requires('clients.exportRecord')
  @ApiDoc({
    summary: "A client's full record, as one zip archive (a subject access request)",
    description: [
      'Owners only; archived clients too. Audited as one `client.record_export` event with the count of each kind of record.',
      'The archive holds `summary.html` (a readable, self-contained page, times in the clinic’s time zone), `record.json`, `photos/` (the original uploads) and `documents/` (clearance letters, drawn signatures as PNG, invoice and credit-note PDFs).',
      '`record.json` is one object with a key per kind of record (`client`, `consultations`, `screenings`, `patchTests`, `eligibilityOverrides`, `consents`, `intakes`, `intakeCorrections`, `treatmentPlans`, `correctionAssessments`, `sessionRecords`, `laserSessions`, `fadeAssessments`, `appointments` with their history and online booking request, `followUpContacts`, `photos`, `designs`, `quotes`, `invoices`, `payments`, `messages`, `messageConsents`), each a list oldest first but `client`; instants are ISO 8601 strings, calendar dates YYYY-MM-DD, money integer minor units beside a `currency`; `file` and `signatureFile` name the record’s file in the archive, and `photos` or `photoFile` the photos a record was made on.',
      'Not in it: the audit trail (the clinic’s account of what its staff did), secrets kept as hashes, and copies of what it already holds.',
    ].join('\n\n'),
    responses: { 200: { description: 'application/zip, downloaded' }, ...problemResponses.notFound },
  })
  async recordArchive(@RouteParams(clientRoutes.recordArchive) params: { id: string }, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const archive = await this.archives.prepare(params.id, actor);
    await streamZip(reply, archive.fileName, archive.files, this.storage);
  }
}
