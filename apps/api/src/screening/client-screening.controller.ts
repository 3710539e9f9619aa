import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  clientIdParamsSchema,
  eligibilityOverrideInputSchema,
  eligibilityQuerySchema,
  eligibilitySchema,
  pageQuerySchema,
  patchTestInputSchema,
  patchTestSchema,
  screeningInputSchema,
  screeningListQuerySchema,
  screeningPageSchema,
  screeningSchema,
  pageSchema,
  type Eligibility,
  type Page,
  type PatchTest,
  type Screening,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentAuthentication, type Authentication } from '../auth/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClearancesService } from './clearances.service.js';
import { EligibilityService } from './eligibility.service.js';
import { ScreeningsService } from './screenings.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const archived = { 409: { description: 'The client is archived' } };
const patchTestPageSchema = pageSchema(patchTestSchema).meta({ id: 'PatchTestPage' });

/** A client's screenings, patch tests and eligibility for treatment. */
@Controller('clients/:id')
export class ClientScreeningController {
  constructor(
    private readonly screenings: ScreeningsService,
    private readonly clearances: ClearancesService,
    private readonly eligibilities: EligibilityService,
  ) {}

  @Get('screenings')
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'A client’s screenings, newest first',
    description: 'Answers, items and signature only for roles that may read medical answers (and then the read is audited).',
    responses: { 200: { description: 'One page of screenings', schema: screeningPageSchema }, ...problemResponses.notFound },
  })
  list(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: screeningListQuerySchema }) query: z.output<typeof screeningListQuerySchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Page<Screening>> {
    return this.screenings.list(params.id, query, actor, authentication.staff.role);
  }

  @Post('screenings')
  @Idempotent()
  @Requires('screening.conduct')
  @ApiDoc({
    summary: 'Record a signed screening',
    description: 'Every question of the current questionnaire answered, the client’s typed name and drawn signature. Immutable once recorded.',
    responses: { 201: { description: 'The screening and its outcome', schema: screeningSchema }, ...problemResponses.notFound, ...archived },
  })
  create(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Body({ schema: screeningInputSchema }) input: z.output<typeof screeningInputSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Screening> {
    return this.screenings.create(params.id, input, actor, authentication.staff.role);
  }

  @Get('patch-tests')
  @Requires('screening.readAnswers')
  @ApiDoc({
    summary: 'A client’s patch tests, newest first',
    responses: { 200: { description: 'One page of patch tests', schema: patchTestPageSchema }, ...problemResponses.notFound },
  })
  patchTests(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: pageQuerySchema }) query: z.output<typeof pageQuerySchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Page<PatchTest>> {
    return this.clearances.listPatchTests(params.id, query, actor);
  }

  @Post('patch-tests')
  @Idempotent()
  @Requires('screening.clear')
  @ApiDoc({
    summary: 'Record a patch test',
    description: 'The client’s most recent patch test decides: passed clears a pigment-allergy item.',
    responses: { 201: { description: 'The patch test', schema: patchTestSchema }, ...problemResponses.notFound, ...archived },
  })
  recordPatchTest(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Body({ schema: patchTestInputSchema }) input: z.output<typeof patchTestInputSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<PatchTest> {
    return this.clearances.recordPatchTest(params.id, input, actor);
  }

  @Get('eligibility')
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'May treatment go ahead on a day?',
    description: 'From the latest screening: missing, expired, deferred, not suitable or awaiting clearance blocks treatment, unless an owner overrode it.',
    responses: { 200: { description: 'Eligibility and its reasons', schema: eligibilitySchema }, ...problemResponses.notFound },
  })
  eligibility(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: eligibilityQuerySchema }) query: z.output<typeof eligibilityQuerySchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Eligibility> {
    return this.eligibilities.readEligibility(params.id, query.on, actor, authentication.staff.role);
  }

  @Post('eligibility-overrides')
  @Idempotent()
  @Requires('screening.override')
  @ApiDoc({
    summary: 'Let treatment go ahead although the screening does not',
    description: 'With a written reason, until a date. Audited.',
    responses: { 201: { description: 'Eligibility with the override', schema: eligibilitySchema }, ...problemResponses.notFound, ...archived },
  })
  override(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Body({ schema: eligibilityOverrideInputSchema }) input: z.output<typeof eligibilityOverrideInputSchema>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Eligibility> {
    return this.eligibilities.override(params.id, input, actor, authentication.staff.role);
  }
}
