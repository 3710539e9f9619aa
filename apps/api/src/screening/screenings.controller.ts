import { Controller, Res, UploadedFile } from '@nestjs/common';
import { type Screening, screeningRoutes, type BodyOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { sendStoredFile } from '../http/file-response.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import type { UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClearancesService } from './clearances.service.js';
import { ScreeningsService } from './screenings.service.js';

@Controller()
export class ScreeningsController {
  constructor(
    private readonly screenings: ScreeningsService,
    private readonly clearances: ClearancesService,
  ) {}

  @Endpoint(screeningRoutes.get)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'Read a screening',
    description: 'Answers, items and signature only for roles that may read medical answers; that read is audited.',
    responses: { 200: { description: 'The screening' }, ...problemResponses.notFound },
  })
  get(@RouteParams(screeningRoutes.get) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Screening> {
    return this.screenings.get(params.id, actor, authentication.staff.role);
  }

  @Endpoint(screeningRoutes.addClearance)
  @Requires('screening.clear')
  @Idempotent()
  @ApiDoc({
    summary: 'Attach a doctor’s clearance to an item',
    description:
      'multipart/form-data: `file` (PDF, JPEG or PNG, at most 10 MB, checked by content: images must decode whole; PDFs must parse whole, unencrypted, without JavaScript, launch actions, embedded files, XFA forms or media), `questionId`, optional `note`. The item then counts as cleared.',
    responses: {
      201: { description: 'The screening with the item cleared' },
      ...problemResponses.notFound,
      409: { description: 'The item is already cleared' },
      413: { description: 'The file is too large' },
      415: { description: 'The file is not a PDF, JPEG or PNG' },
      ...problemResponses.decodingBusy,
    },
  })
  addClearance(
    @RouteParams(screeningRoutes.addClearance) params: { id: string },
    @RouteBody(screeningRoutes.addClearance) fields: BodyOf<typeof screeningRoutes.addClearance>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.clearances.addClearance(params.id, fields, file, actor, authentication.staff.role);
  }

  @Endpoint(screeningRoutes.clearanceDocument)
  @Requires('screening.readAnswers')
  @ApiDoc({
    summary: 'The clearance letter',
    description: 'A download (`Content-Disposition: attachment`) in its stored type, never shown as a page of this site.',
    responses: { 200: { description: 'The document as uploaded' }, ...problemResponses.notFound },
  })
  async document(@RouteParams(screeningRoutes.clearanceDocument) params: { id: string }, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.clearances.clearanceDocument(params.id, actor);
    sendStoredFile(reply, { type: document.type, bytes: document.bytes, downloadAs: document.name });
  }
}
