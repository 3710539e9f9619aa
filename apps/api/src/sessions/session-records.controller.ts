import { Controller, UploadedFile } from '@nestjs/common';
import { type Photo, type SessionRecord, sessionRecordRoutes, type BodyOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import type { UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { SessionRecordsService } from './session-records.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller()
export class SessionRecordsController {
  constructor(private readonly sessions: SessionRecordsService) {}

  @Endpoint(sessionRecordRoutes.record)
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Record and complete a session in progress',
    description:
      'Areas, density, dot size, pigments by lot and role, the needle lot, duration, pain, reactions. Completes the appointment and fixes the aftercare schedule. Expired lots are refused. Only the appointment’s artist or an owner.',
    responses: {
      201: { description: 'The session record' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s session' },
      409: { description: 'Not in progress, already recorded, or a consultation' },
    },
  })
  record(
    @RouteParams(sessionRecordRoutes.record) params: { id: string },
    @RouteBody(sessionRecordRoutes.record) input: BodyOf<typeof sessionRecordRoutes.record>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<SessionRecord> {
    return this.sessions.record(params.id, input, actor, authentication.staff.role);
  }

  @Endpoint(sessionRecordRoutes.forAppointment)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'The record of an appointment’s session', responses: { 200: { description: 'The session record' }, ...problemResponses.notFound } })
  forAppointment(@RouteParams(sessionRecordRoutes.forAppointment) params: { id: string }, @CurrentActor() actor: Actor): Promise<SessionRecord> {
    return this.sessions.forAppointment(params.id, actor);
  }

  @Endpoint(sessionRecordRoutes.addPhoto)
  @Requires('photos.write')
  @Idempotent()
  @ApiDoc({
    summary: 'Add a before or after photo of a session',
    description: 'multipart/form-data: `file` (JPEG, PNG, HEIC or WebP, at most 15 MB), `view`, `phase` (before or after). Only the appointment’s artist or an owner.',
    responses: {
      201: { description: 'The photo' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s session' },
      413: { description: 'Too large' },
      415: { description: 'Not a photo' },
      ...problemResponses.decodingBusy,
    },
  })
  addPhoto(
    @RouteParams(sessionRecordRoutes.addPhoto) params: { id: string },
    @RouteBody(sessionRecordRoutes.addPhoto) fields: BodyOf<typeof sessionRecordRoutes.addPhoto>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Photo> {
    return this.sessions.addPhoto(params.id, fields.view, fields.phase, file, actor, authentication.staff.role);
  }

  @Endpoint(sessionRecordRoutes.get)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Read a session record with its addenda and aftercare', responses: { 200: { description: 'The session record' }, ...problemResponses.notFound } })
  get(@RouteParams(sessionRecordRoutes.get) params: { id: string }, @CurrentActor() actor: Actor): Promise<SessionRecord> {
    return this.sessions.get(params.id, actor);
  }

  @Endpoint(sessionRecordRoutes.addAddendum)
  @Idempotent()
  @Requires('sessions.record')
  @ApiDoc({
    summary: 'Add an addendum to a completed record',
    description: 'The original stays as it was; the addendum says who, when and why. Only the session’s artist or an owner.',
    responses: { 201: { description: 'The session record' }, ...problemResponses.notFound, 403: { description: 'Another artist’s session' } },
  })
  addAddendum(
    @RouteParams(sessionRecordRoutes.addAddendum) params: { id: string },
    @RouteBody(sessionRecordRoutes.addAddendum) input: BodyOf<typeof sessionRecordRoutes.addAddendum>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<SessionRecord> {
    return this.sessions.addAddendum(params.id, input.text, input.reason, actor, authentication.staff.role);
  }
}
