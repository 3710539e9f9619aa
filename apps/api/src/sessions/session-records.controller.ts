import { Body, Controller, Get, Param, Post, UploadedFile } from '@nestjs/common';
import {
  addendumInputSchema,
  appointmentIdParamsSchema,
  PHOTO_MAX_BYTES,
  photoSchema,
  sessionPhotoFieldsSchema,
  sessionRecordInputSchema,
  sessionRecordParamsSchema,
  sessionRecordSchema,
  type Photo,
  type SessionRecord,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { SingleFileUpload, type UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../auth/access.js';
import { CurrentAuthentication, type Authentication } from '../auth/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { SessionRecordsService } from './session-records.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const one = (description: string) => ({ description, schema: sessionRecordSchema });

@Controller()
export class SessionRecordsController {
  constructor(private readonly sessions: SessionRecordsService) {}

  @Post('appointments/:id/session-record')
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Record and complete a session in progress',
    description: 'Areas, density, dot size, pigments by lot and role, the needle lot, duration, pain, reactions. Completes the appointment and fixes the aftercare schedule. Expired lots are refused. Only the appointment’s artist or an owner.',
    responses: {
      201: one('The session record'),
      ...problemResponses.notFound,
      403: { description: 'Another artist’s session' },
      409: { description: 'Not in progress, already recorded, or a consultation' },
    },
  })
  record(
    @Param({ schema: appointmentIdParamsSchema }) params: { id: string },
    @Body({ schema: sessionRecordInputSchema }) input: z.output<typeof sessionRecordInputSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<SessionRecord> {
    return this.sessions.record(params.id, input, actor, authentication.staff.role);
  }

  @Get('appointments/:id/session-record')
  @Requires('sessions.read')
  @ApiDoc({ summary: 'The record of an appointment’s session', responses: { 200: one('The session record'), ...problemResponses.notFound } })
  forAppointment(@Param({ schema: appointmentIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<SessionRecord> {
    return this.sessions.forAppointment(params.id, actor);
  }

  @Post('appointments/:id/photos')
  @Requires('photos.write')
  // Above the upload: decorators apply bottom-up, so the file is read before the key is checked.
  @Idempotent()
  @SingleFileUpload(PHOTO_MAX_BYTES)
  @ApiDoc({
    summary: 'Add a before or after photo of a session',
    description: 'multipart/form-data: `file` (JPEG, PNG, HEIC or WebP, at most 15 MB), `view`, `phase` (before or after). Only the appointment’s artist or an owner.',
    responses: {
      201: { description: 'The photo', schema: photoSchema },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s session' },
      413: { description: 'Too large' },
      415: { description: 'Not a photo' },
      ...problemResponses.decodingBusy,
    },
  })
  addPhoto(
    @Param({ schema: appointmentIdParamsSchema }) params: { id: string },
    @Body({ schema: sessionPhotoFieldsSchema }) fields: z.output<typeof sessionPhotoFieldsSchema>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Photo> {
    return this.sessions.addPhoto(params.id, fields.view, fields.phase, file, actor, authentication.staff.role);
  }

  @Get('session-records/:id')
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Read a session record with its addenda and aftercare', responses: { 200: one('The session record'), ...problemResponses.notFound } })
  get(@Param({ schema: sessionRecordParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<SessionRecord> {
    return this.sessions.get(params.id, actor);
  }

  @Post('session-records/:id/addenda')
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Add an addendum to a completed record',
    description: 'The original stays as it was; the addendum says who, when and why. Only the session’s artist or an owner.',
    responses: { 201: one('The session record'), ...problemResponses.notFound, 403: { description: 'Another artist’s session' } },
  })
  addAddendum(
    @Param({ schema: sessionRecordParamsSchema }) params: { id: string },
    @Body({ schema: addendumInputSchema }) input: z.output<typeof addendumInputSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<SessionRecord> {
    return this.sessions.addAddendum(params.id, input.text, input.reason, actor, authentication.staff.role);
  }
}
