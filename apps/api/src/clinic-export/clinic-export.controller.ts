import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { clinicRoutes } from '@smp/contracts';
import { Endpoint } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { startZipDownload } from '../http/zip-download.js';
import { ClinicExportService } from './clinic-export.service.js';

@Controller()
export class ClinicExportController {
  constructor(private readonly exports: ClinicExportService) {}

  @Endpoint(clinicRoutes.dataExport)
  @Requires('clinic.exportData')
  @ApiDoc({
    summary: 'All the clinic’s data, as one zip archive (for leaving the product, or keeping a copy)',
    description: [
      'Owners only. Audited as one `clinic.data_export` event with the count of tables and files. Named `<clinic>-export-<date>.zip`, the date in the clinic’s time zone.',
      'The archive holds `tables/<schema>.<table>.csv` for every table of the clinic’s data, all read in one snapshot (RFC 4180 CSV in UTF-8 with a header line; instants in UTC as ISO 8601; money in integer minor units beside a currency), `files/<storage key>` for every photo and document a row names, and `README.txt`: when it was made, the rows of each table, how file columns map to `files/`, and what was left out and why (sign-in sessions, password and token hashes, signing keys, rate-limit counters, idempotency keys, the job queue’s internals).',
    ].join('\n\n'),
    responses: { 200: { description: 'application/zip, downloaded' } },
  })
  async dataExport(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    await this.exports.export(actor, (fileName) => startZipDownload(reply, fileName));
  }
}
