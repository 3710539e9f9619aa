import { Controller, UploadedFile } from '@nestjs/common';
import { type Consultation, type Page, type Photo, consultationRoutes, type BodyOf, type QueryOf, type ParamsOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import type { UploadedFile as Upload } from '../http/uploads.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ConsultationsService } from './consultations.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller()
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Endpoint(consultationRoutes.list)
  @Requires('consultations.book')
  @ApiDoc({
    summary: 'A client’s consultations, newest first',
    description: 'The clinical record and photos only for roles that may read them (and then the read is audited).',
    responses: { 200: { description: 'One page of consultations' }, ...problemResponses.notFound },
  })
  list(
    @RouteParams(consultationRoutes.list) params: { id: string },
    @RouteQuery(consultationRoutes.list) query: QueryOf<typeof consultationRoutes.list>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Page<Consultation>> {
    return this.consultations.list(params.id, query, actor, authentication.staff.role);
  }

  @Endpoint(consultationRoutes.book)
  @Idempotent()
  @Requires('consultations.book')
  @ApiDoc({
    summary: 'Book a consultation',
    description: 'In person, by phone or by video call, with an artist; in person optionally in a room, which must be free then.',
    responses: {
      201: { description: 'The booked consultation' },
      ...problemResponses.notFound,
      409: { description: 'The client is archived, or the artist or the room is already booked then' },
    },
  })
  book(
    @RouteParams(consultationRoutes.book) params: { id: string },
    @RouteBody(consultationRoutes.book) booking: BodyOf<typeof consultationRoutes.book>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.book(params.id, booking, actor, authentication.staff.role);
  }

  @Endpoint(consultationRoutes.get)
  @Requires('consultations.book')
  @ApiDoc({ summary: 'Read a consultation', responses: { 200: { description: 'The consultation' }, ...problemResponses.notFound } })
  get(
    @RouteParams(consultationRoutes.get) params: ParamsOf<typeof consultationRoutes.get>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.get(params.id, params.consultationId, actor, authentication.staff.role);
  }

  @Endpoint(consultationRoutes.record)
  @Requires('consultations.record')
  @ApiDoc({
    summary: 'Record what was found and agreed',
    description:
      'Completes the consultation, once it has started; only its artist or an owner. One taking place before its booked time is recorded with `moveAppointmentToNow`, which moves its appointment to start now in the same transaction. Saving again corrects the record; the trail keeps which fields changed.',
    responses: {
      200: { description: 'The recorded consultation' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s consultation' },
      409: { description: 'The consultation was cancelled; has not started yet and the appointment is not to be moved to now; or moving it to now clashes with another appointment' },
    },
  })
  record(
    @RouteParams(consultationRoutes.record) params: ParamsOf<typeof consultationRoutes.record>,
    @RouteBody(consultationRoutes.record) input: BodyOf<typeof consultationRoutes.record>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.record(params.id, params.consultationId, input, actor, authentication.staff.role);
  }

  @Endpoint(consultationRoutes.cancel)
  @Requires('consultations.book')
  @ApiDoc({
    summary: 'Cancel a booked consultation',
    responses: { 200: { description: 'The cancelled consultation' }, ...problemResponses.notFound, 409: { description: 'Not booked any more' } },
  })
  cancel(
    @RouteParams(consultationRoutes.cancel) params: ParamsOf<typeof consultationRoutes.cancel>,
    @RouteBody(consultationRoutes.cancel) body: BodyOf<typeof consultationRoutes.cancel>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Consultation> {
    return this.consultations.cancel(params.id, params.consultationId, body.reason, actor, authentication.staff.role);
  }

  @Endpoint(consultationRoutes.addPhoto)
  @Requires('photos.write')
  @Idempotent()
  @ApiDoc({
    summary: 'Add a photo',
    description: 'multipart/form-data: `file` (JPEG, PNG, HEIC or WebP, at most 15 MB, checked by content) and `view`. Only the consultation’s artist or an owner.',
    responses: {
      201: { description: 'The photo' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s consultation' },
      409: { description: 'The consultation was cancelled' },
      413: { description: 'The file is too large' },
      415: { description: 'The file is not a JPEG, PNG, HEIC or WebP image' },
      ...problemResponses.decodingBusy,
    },
  })
  addPhoto(
    @RouteParams(consultationRoutes.addPhoto) params: ParamsOf<typeof consultationRoutes.addPhoto>,
    @RouteBody(consultationRoutes.addPhoto) fields: BodyOf<typeof consultationRoutes.addPhoto>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Photo> {
    return this.consultations.addPhoto(params.id, params.consultationId, fields.view, file, actor, authentication.staff.role);
  }
}
