import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  addSessionSchema,
  availabilitySchema,
  nextSessionSlotsQuerySchema,
  planCancellationSchema,
  planInputSchema,
  planListQuerySchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  priceListInputSchema,
  priceSchema,
  type Plan,
} from '@smp/contracts';
import { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentAuthentication, type Authentication } from '../auth/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { PlansService } from './plans.service.js';
import { PricesService } from './prices.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const one = (description: string) => ({ description, schema: planSchema });
const priceListSchema = z.object({ items: z.array(priceSchema) }).meta({ id: 'PriceList' });

@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly prices: PricesService,
  ) {}

  @Get('treatment-plans')
  @Requires('plans.read')
  @ApiDoc({ summary: 'A client’s treatment plans, newest first', responses: { 200: { description: 'Plans', schema: planListSchema } } })
  async list(@Query({ schema: planListQuerySchema }) query: z.output<typeof planListQuerySchema>): Promise<{ items: Plan[] }> {
    return { items: await this.plans.listForClient(query.clientId) };
  }

  @Post('treatment-plans')
  @Idempotent()
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Plan treatment',
    description: 'A draft with 2 or 3 sessions and a shade for each, quoted from the price list.',
    responses: { 201: one('The draft plan'), 409: { description: 'The client is archived' } },
  })
  create(@Body({ schema: planInputSchema }) input: z.output<typeof planInputSchema>, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Plan> {
    return this.plans.create(input, actor, authentication.staff.role);
  }

  @Get('treatment-plans/:id')
  @Requires('plans.read')
  @ApiDoc({ summary: 'A plan with its sessions, their bookings and windows', responses: { 200: one('The plan'), ...problemResponses.notFound } })
  get(@Param({ schema: planParamsSchema }) params: { id: string }): Promise<Plan> {
    return this.plans.get(params.id);
  }

  @Post('treatment-plans/:id/start')
  @Requires('plans.write')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Start a plan',
    description: 'Refused with the reasons when the client’s screening does not allow treatment today and no owner has overridden it.',
    responses: { 200: one('The active plan'), ...problemResponses.notFound, 409: { description: 'Not a draft, or the screening does not allow treatment (`reasons`)' } },
  })
  start(@Param({ schema: planParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Plan> {
    return this.plans.start(params.id, actor, authentication.staff.role);
  }

  @Post('treatment-plans/:id/sessions')
  @Idempotent()
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Add the third session or an extra paid touch-up',
    responses: { 201: one('The plan'), ...problemResponses.notFound, 409: { description: 'Not active, or three sessions already' } },
  })
  addSession(@Param({ schema: planParamsSchema }) params: { id: string }, @Body({ schema: addSessionSchema }) session: z.output<typeof addSessionSchema>, @CurrentActor() actor: Actor): Promise<Plan> {
    return this.plans.addSession(params.id, session, actor);
  }

  @Post('treatment-plans/:id/cancel')
  @Requires('plans.write')
  @HttpCode(200)
  @ApiDoc({ summary: 'Cancel a plan and its booked sessions', responses: { 200: one('The cancelled plan'), ...problemResponses.notFound, 409: { description: 'Completed or cancelled already' } } })
  cancel(@Param({ schema: planParamsSchema }) params: { id: string }, @Body({ schema: planCancellationSchema }) body: z.output<typeof planCancellationSchema>, @CurrentActor() actor: Actor): Promise<Plan> {
    return this.plans.cancel(params.id, body.reason, actor);
  }

  @Get('treatment-plans/:id/next-session-slots')
  @Requires('scheduling.read')
  @ApiDoc({
    summary: 'Free slots for the plan’s next session, inside its spacing window',
    responses: { 200: { description: 'Slots and the window', schema: availabilitySchema }, ...problemResponses.notFound, 409: { description: 'Not active, all booked, or the session before is not booked' } },
  })
  nextSessionSlots(@Param({ schema: planParamsSchema }) params: { id: string }, @Query({ schema: nextSessionSlotsQuerySchema }) query: z.output<typeof nextSessionSlotsQuerySchema>) {
    return this.plans.nextSessionSlots(params.id, query.artistId);
  }

  @Get('prices')
  @Requires('plans.read')
  @ApiDoc({ summary: 'The clinic’s price list', description: 'Minor units (cents) of the clinic’s currency.', responses: { 200: { description: 'A price per style', schema: priceListSchema } } })
  async priceList() {
    return { items: await this.prices.list() };
  }

  @Put('prices')
  @Requires('prices.manage')
  @ApiDoc({ summary: 'Change prices', responses: { 200: { description: 'The price list', schema: priceListSchema } } })
  async setPrices(@Body({ schema: priceListInputSchema }) input: z.output<typeof priceListInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.prices.update(input, actor) };
  }
}
