import { Controller } from '@nestjs/common';
import { intakeRoutes, type BodyOf, type Intake, type IntakeLink, type Page, type QueryOf, type Screening } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { IntakesService } from './intakes.service.js';

@Controller()
export class IntakesController {
  constructor(private readonly intakes: IntakesService) {}

  @Endpoint(intakeRoutes.list)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'A client’s intakes',
    description:
      'What the client sent from home before their consultations, newest first. History, answers and signature only for roles that may read medical answers; that read is audited.',
    responses: { 200: { description: 'A page of intakes' }, ...problemResponses.notFound },
  })
  list(
    @RouteParams(intakeRoutes.list) params: { id: string },
    @RouteQuery(intakeRoutes.list) query: QueryOf<typeof intakeRoutes.list>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Page<Intake>> {
    return this.intakes.list(params.id, query, actor, authentication.staff.role);
  }

  @Endpoint(intakeRoutes.get)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'Read an intake',
    description: 'As in the list; the read of its medical part is audited.',
    responses: { 200: { description: 'The intake' }, ...problemResponses.notFound },
  })
  get(@RouteParams(intakeRoutes.get) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Intake> {
    return this.intakes.get(params.id, actor, authentication.staff.role);
  }

  @Endpoint(intakeRoutes.countersign)
  @Requires('screening.conduct')
  @ApiDoc({
    summary: 'Countersign a client’s intake',
    description:
      'The artist has gone through the client’s answers with them: the answers, with the corrections given (each with why), become the client’s screening, valid from today. The client’s answer is kept beside each correction. Once per intake.',
    responses: {
      201: { description: 'The screening made' },
      ...problemResponses.notFound,
      409: { description: 'Already countersigned, the client is archived, or the questionnaire has changed since the client answered' },
    },
  })
  countersign(
    @RouteParams(intakeRoutes.countersign) params: { id: string },
    @RouteBody(intakeRoutes.countersign) input: BodyOf<typeof intakeRoutes.countersign>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.intakes.countersign(params.id, input, actor, authentication.staff.role);
  }

  @Endpoint(intakeRoutes.sendLink)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Send the client a link to their intake',
    description:
      'For a booked consultation ahead: a new link to the intake from home (contact details, hair-loss history, photos, the screening questionnaire), live until the consultation begins. Emailed when the client has an email; the link comes back to copy into a text message.',
    responses: {
      201: { description: 'The link' },
      ...problemResponses.notFound,
      409: { description: 'The consultation has begun or was cancelled, the intake was sent already, or the client is archived' },
    },
  })
  sendLink(@RouteParams(intakeRoutes.sendLink) params: { id: string; consultationId: string }, @CurrentActor() actor: Actor): Promise<IntakeLink> {
    return this.intakes.sendLink(params.id, params.consultationId, actor);
  }
}
