import { Controller } from '@nestjs/common';
import { type Eligibility, type Page, type PatchTest, type Screening, screeningRoutes, type BodyOf, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClearancesService } from './clearances.service.js';
import { EligibilityService } from './eligibility.service.js';
import { ScreeningsService } from './screenings.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const archived = { 409: { description: 'The client is archived' } };

/** A client's screenings, patch tests and eligibility for treatment. */
@Controller()
export class ClientScreeningController {
  constructor(
    private readonly screenings: ScreeningsService,
    private readonly clearances: ClearancesService,
    private readonly eligibilities: EligibilityService,
  ) {}

  @Endpoint(screeningRoutes.list)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'A client’s screenings, newest first',
    description: 'Answers, items and signature only for roles that may read medical answers (and then the read is audited).',
    responses: { 200: { description: 'One page of screenings' }, ...problemResponses.notFound },
  })
  list(
    @RouteParams(screeningRoutes.list) params: { id: string },
    @RouteQuery(screeningRoutes.list) query: QueryOf<typeof screeningRoutes.list>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Page<Screening>> {
    return this.screenings.list(params.id, query, actor, authentication.staff.role);
  }

  @Endpoint(screeningRoutes.conduct)
  @Idempotent()
  @Requires('screening.conduct')
  @ApiDoc({
    summary: 'Record a signed screening',
    description: 'Every question of the current questionnaire answered, the client’s typed name and drawn signature. Immutable once recorded.',
    responses: { 201: { description: 'The screening and its outcome' }, ...problemResponses.notFound, ...archived },
  })
  create(
    @RouteParams(screeningRoutes.conduct) params: { id: string },
    @RouteBody(screeningRoutes.conduct) input: BodyOf<typeof screeningRoutes.conduct>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.screenings.create(params.id, input, actor, authentication.staff.role);
  }

  @Endpoint(screeningRoutes.patchTests)
  @Requires('screening.readAnswers')
  @ApiDoc({
    summary: 'A client’s patch tests, newest first',
    responses: { 200: { description: 'One page of patch tests' }, ...problemResponses.notFound },
  })
  patchTests(
    @RouteParams(screeningRoutes.patchTests) params: { id: string },
    @RouteQuery(screeningRoutes.patchTests) query: QueryOf<typeof screeningRoutes.patchTests>,
    @CurrentActor() actor: Actor,
  ): Promise<Page<PatchTest>> {
    return this.clearances.listPatchTests(params.id, query, actor);
  }

  @Endpoint(screeningRoutes.recordPatchTest)
  @Idempotent()
  @Requires('screening.clear')
  @ApiDoc({
    summary: 'Record a patch test',
    description: 'The client’s most recent patch test decides: passed clears a pigment-allergy item.',
    responses: { 201: { description: 'The patch test' }, ...problemResponses.notFound, ...archived },
  })
  recordPatchTest(
    @RouteParams(screeningRoutes.recordPatchTest) params: { id: string },
    @RouteBody(screeningRoutes.recordPatchTest) input: BodyOf<typeof screeningRoutes.recordPatchTest>,
    @CurrentActor() actor: Actor,
  ): Promise<PatchTest> {
    return this.clearances.recordPatchTest(params.id, input, actor);
  }

  @Endpoint(screeningRoutes.eligibility)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'May treatment go ahead on a day?',
    description: 'From the latest screening: missing, expired, deferred, not suitable or awaiting clearance blocks treatment, unless an owner overrode it.',
    responses: { 200: { description: 'Eligibility and its reasons' }, ...problemResponses.notFound },
  })
  eligibility(
    @RouteParams(screeningRoutes.eligibility) params: { id: string },
    @RouteQuery(screeningRoutes.eligibility) query: QueryOf<typeof screeningRoutes.eligibility>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Eligibility> {
    return this.eligibilities.readEligibility(params.id, query.on, actor, authentication.staff.role);
  }

  @Endpoint(screeningRoutes.override)
  @Idempotent()
  @Requires('screening.override')
  @ApiDoc({
    summary: 'Let treatment go ahead although the screening does not',
    description: 'With a written reason, until a date. Audited.',
    responses: { 201: { description: 'Eligibility with the override' }, ...problemResponses.notFound, ...archived },
  })
  override(
    @RouteParams(screeningRoutes.override) params: { id: string },
    @RouteBody(screeningRoutes.override) input: BodyOf<typeof screeningRoutes.override>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Eligibility> {
    return this.eligibilities.override(params.id, input, actor, authentication.staff.role);
  }
}
