import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UploadedFile } from '@nestjs/common';
import {
  clientIdParamsSchema,
  consultationBookingSchema,
  consultationCancellationSchema,
  consultationListQuerySchema,
  consultationPageSchema,
  consultationParamsSchema,
  consultationRecordSchema,
  consultationSchema,
  PHOTO_MAX_BYTES,
  photoSchema,
  photoUploadFieldsSchema,
  type Consultation,
  type Page,
  type Photo,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { SingleFileUpload, type UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../auth/access.js';
import { CurrentAuthentication, type Authentication } from '../auth/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ConsultationsService } from './consultations.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

type Params = z.output<typeof consultationParamsSchema>;
const one = (description: string) => ({ description, schema: consultationSchema });

@Controller('clients/:id/consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Get()
  @Requires('consultations.book')
  @ApiDoc({
    summary: 'A client’s consultations, newest first',
    description: 'The clinical record and photos only for roles that may read them (and then the read is audited).',
    responses: { 200: { description: 'One page of consultations', schema: consultationPageSchema }, ...problemResponses.notFound },
  })
  list(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: consultationListQuerySchema }) query: z.output<typeof consultationListQuerySchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Page<Consultation>> {
    return this.consultations.list(params.id, query, actor, authentication.staff.role);
  }

  @Post()
  @Idempotent()
  @Requires('consultations.book')
  @ApiDoc({
    summary: 'Book a consultation',
    description: 'In person, by phone or by video call, with an artist.',
    responses: { 201: one('The booked consultation'), ...problemResponses.notFound, 409: { description: 'The client is archived' } },
  })
  book(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Body({ schema: consultationBookingSchema }) booking: z.output<typeof consultationBookingSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.book(params.id, booking, actor, authentication.staff.role);
  }

  @Get(':consultationId')
  @Requires('consultations.book')
  @ApiDoc({ summary: 'Read a consultation', responses: { 200: one('The consultation'), ...problemResponses.notFound } })
  get(@Param({ schema: consultationParamsSchema }) params: Params, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Consultation> {
    return this.consultations.get(params.id, params.consultationId, actor, authentication.staff.role);
  }

  @Put(':consultationId/record')
  @Requires('consultations.record')
  @ApiDoc({
    summary: 'Record what was found and agreed',
    description: 'Completes the consultation, once it has started; only its artist or an owner. Saving again corrects the record; the trail keeps which fields changed.',
    responses: {
      200: one('The recorded consultation'),
      ...problemResponses.notFound,
      403: { description: 'Another artist’s consultation' },
      409: { description: 'The consultation was cancelled, or has not started yet' },
    },
  })
  record(
    @Param({ schema: consultationParamsSchema }) params: Params,
    @Body({ schema: consultationRecordSchema }) input: z.output<typeof consultationRecordSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.record(params.id, params.consultationId, input, actor, authentication.staff.role);
  }

  @Post(':consultationId/cancel')
  @Requires('consultations.book')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Cancel a booked consultation',
    responses: { 200: one('The cancelled consultation'), ...problemResponses.notFound, 409: { description: 'Not booked any more' } },
  })
  cancel(
    @Param({ schema: consultationParamsSchema }) params: Params,
    @Body({ schema: consultationCancellationSchema }) body: z.output<typeof consultationCancellationSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.cancel(params.id, params.consultationId, body.reason, actor, authentication.staff.role);
  }

  @Post(':consultationId/photos')
  @Requires('photos.write')
  // Above the upload: decorators apply bottom-up, so the file is read before the key is checked.
  @Idempotent()
  @SingleFileUpload(PHOTO_MAX_BYTES)
  @ApiDoc({
    summary: 'Add a photo',
    description: 'multipart/form-data: `file` (JPEG, PNG, HEIC or WebP, at most 15 MB, checked by content) and `view`. Only the consultation’s artist or an owner.',
    responses: {
      201: { description: 'The photo', schema: photoSchema },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s consultation' },
      409: { description: 'The consultation was cancelled' },
      413: { description: 'The file is too large' },
      415: { description: 'The file is not a JPEG, PNG, HEIC or WebP image' },
      ...problemResponses.decodingBusy,
    },
  })
  addPhoto(
    @Param({ schema: consultationParamsSchema }) params: Params,
    @Body({ schema: photoUploadFieldsSchema }) fields: z.output<typeof photoUploadFieldsSchema>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Photo> {
    return this.consultations.addPhoto(params.id, params.consultationId, fields.view, file, actor, authentication.staff.role);
  }
}
