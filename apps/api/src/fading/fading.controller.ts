import { Controller } from '@nestjs/common';
import { fadingRoutes, type BodyOf, type ClientFading, type FadeAssessment } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { FadingService } from './fading.service.js';

@Controller()
export class FadingController {
  constructor(private readonly fading: FadingService) {}

  @Endpoint(fadingRoutes.record)
  @Idempotent()
  @Requires('fading.record')
  @ApiDoc({
    summary: 'Record how the client’s SMP has faded, at a later visit',
    description:
      'A score per area (0 none – 4 gone), the colour shift and notes; photos go with the visit’s photos. Written once. Completes a fade check in progress. Only the appointment’s artist or an owner.',
    responses: {
      201: { description: 'The fade assessment' },
      ...problemResponses.notFound,
      403: { description: 'Another artist’s visit' },
      409: { description: 'Not under way, already assessed, a consultation, or no earlier session' },
    },
  })
  record(
    @RouteParams(fadingRoutes.record) params: { id: string },
    @RouteBody(fadingRoutes.record) input: BodyOf<typeof fadingRoutes.record>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<FadeAssessment> {
    return this.fading.record(params.id, input, actor, authentication.staff.role);
  }

  @Endpoint(fadingRoutes.forAppointment)
  @Requires('fading.read')
  @ApiDoc({ summary: 'The fade assessment of a visit', responses: { 200: { description: 'The fade assessment' }, ...problemResponses.notFound } })
  forAppointment(
    @RouteParams(fadingRoutes.forAppointment) params: { id: string },
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<FadeAssessment> {
    return this.fading.forAppointment(params.id, actor, authentication.staff.role);
  }

  @Endpoint(fadingRoutes.forClient)
  @Requires('fading.read')
  @ApiDoc({
    summary: 'A client’s fade assessments and maintenance recall date',
    description: 'The recall date comes from the last session, the sun exposure and the latest fade assessment, with the reason.',
    responses: { 200: { description: 'Fade assessments, newest first, and the recall' }, ...problemResponses.notFound },
  })
  forClient(@RouteParams(fadingRoutes.forClient) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<ClientFading> {
    return this.fading.forClient(params.id, actor, authentication.staff.role);
  }
}
