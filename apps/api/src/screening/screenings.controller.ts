import { Body, Controller, Get, Param, Post, Res, UploadedFile } from '@nestjs/common';
import {
  CLEARANCE_MAX_BYTES,
  clearanceFieldsSchema,
  clearanceParamsSchema,
  screeningParamsSchema,
  screeningSchema,
  type Screening,
} from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { sendStoredFile } from '../http/file-response.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { SingleFileUpload, type UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../auth/access.js';
import { CurrentAuthentication, type Authentication } from '../auth/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClearancesService } from './clearances.service.js';
import { ScreeningsService } from './screenings.service.js';

@Controller()
export class ScreeningsController {
  constructor(
    private readonly screenings: ScreeningsService,
    private readonly clearances: ClearancesService,
  ) {}

  @Get('screenings/:id')
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'Read a screening',
    description: 'Answers, items and signature only for roles that may read medical answers; that read is audited.',
    responses: { 200: { description: 'The screening', schema: screeningSchema }, ...problemResponses.notFound },
  })
  get(
    @Param({ schema: screeningParamsSchema }) params: { id: string },
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.screenings.get(params.id, actor, authentication.staff.role);
  }

  @Post('screenings/:id/clearances')
  @Requires('screening.clear')
  // Above the upload: decorators apply bottom-up, so the file is read before the key is checked.
  @Idempotent()
  @SingleFileUpload(CLEARANCE_MAX_BYTES)
  @ApiDoc({
    summary: 'Attach a doctor’s clearance to an item',
    description:
      'multipart/form-data: `file` (PDF, JPEG or PNG, at most 10 MB, checked by content: images must decode whole; PDFs must parse whole, unencrypted, without JavaScript, launch actions, embedded files, XFA forms or media), `questionId`, optional `note`. The item then counts as cleared.',
    responses: {
      201: { description: 'The screening with the item cleared', schema: screeningSchema },
      ...problemResponses.notFound,
      409: { description: 'The item is already cleared' },
      413: { description: 'The file is too large' },
      415: { description: 'The file is not a PDF, JPEG or PNG' },
      ...problemResponses.decodingBusy,
    },
  })
  addClearance(
    @Param({ schema: screeningParamsSchema }) params: { id: string },
    @Body({ schema: clearanceFieldsSchema }) fields: z.output<typeof clearanceFieldsSchema>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.clearances.addClearance(params.id, fields, file, actor, authentication.staff.role);
  }

  @Get('clearances/:id/document')
  @Requires('screening.readAnswers')
  @ApiDoc({
    summary: 'The clearance letter',
    description: 'A download (`Content-Disposition: attachment`) in its stored type, never shown as a page of this site.',
    responses: { 200: { description: 'The document as uploaded' }, ...problemResponses.notFound },
  })
  async document(@Param({ schema: clearanceParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.clearances.clearanceDocument(params.id, actor);
    sendStoredFile(reply, { type: document.type, bytes: document.bytes, downloadAs: document.name });
  }
}
