import { Controller, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { type Plan, type PlanListItem, planRoutes, priceRoutes, type BodyOf, type ParamsOf, type QueryOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { sendStoredFile } from '../http/file-response.js';
import type { UploadedFile as Upload } from '../http/uploads.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { PlanClearancesService } from './plan-clearances.service.js';
import { ClearanceDisclosure } from './clearance-disclosure.interceptor.js';
import { PlansService } from './plans.service.js';
import { PricesService } from './prices.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller()
@UseInterceptors(ClearanceDisclosure)
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly prices: PricesService,
    private readonly clearances: PlanClearancesService,
    private readonly locations: LocationsService,
  ) {}

  @Endpoint(planRoutes.list)
  @Requires('plans.read')
  @ApiDoc({ summary: 'A client’s treatment plans, newest first', responses: { 200: { description: 'Plans' } } })
  async list(@RouteQuery(planRoutes.list) query: QueryOf<typeof planRoutes.list>): Promise<{ items: PlanListItem[] }> {
    return { items: await this.plans.listForClient(query.clientId) };
  }

  @Endpoint(planRoutes.create)
  @Idempotent()
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Plan treatment',
    description: 'A draft with 2 or 3 sessions and a shade for each, quoted from the price list.',
    responses: { 201: { description: 'The draft plan' }, 409: { description: 'The client is archived' } },
  })
  create(@RouteBody(planRoutes.create) input: BodyOf<typeof planRoutes.create>, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Plan> {
    return this.plans.create(input, actor, authentication.staff.role);
  }

  @Endpoint(planRoutes.get)
  @Requires('plans.read')
  @ApiDoc({ summary: 'A plan with its sessions, their bookings and windows', responses: { 200: { description: 'The plan' }, ...problemResponses.notFound } })
  get(@RouteParams(planRoutes.get) params: { id: string }): Promise<Plan> {
    return this.plans.get(params.id);
  }

  @Endpoint(planRoutes.start)
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Start a plan',
    description:
      'Refused with the reasons when the client’s screening does not allow treatment today, or (hairline restoration, edge-up) the client has not approved a hairline design (`design`), and no owner has overridden it; an alopecia / medical plan also needs a doctor’s clearance on the client’s latest screening or on the plan, or an owner’s override of it. The plan’s `startBlockers` say the same beforehand.',
    responses: {
      200: { description: 'The active plan' },
      ...problemResponses.notFound,
      409: { description: 'Not a draft, the screening does not allow treatment (`reasons`), no approved design (`design`), or no clearance on file (field `clearance`)' },
    },
  })
  start(@RouteParams(planRoutes.start) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<Plan> {
    return this.plans.start(params.id, actor, authentication.staff.role);
  }

  @Endpoint(planRoutes.addSession)
  @Idempotent()
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Add the third session or an extra paid touch-up',
    responses: { 201: { description: 'The plan' }, ...problemResponses.notFound, 409: { description: 'Not active, or three sessions already' } },
  })
  addSession(
    @RouteParams(planRoutes.addSession) params: { id: string },
    @RouteBody(planRoutes.addSession) session: BodyOf<typeof planRoutes.addSession>,
    @CurrentActor() actor: Actor,
  ): Promise<Plan> {
    return this.plans.addSession(params.id, session, actor);
  }

  @Endpoint(planRoutes.includeSession)
  @Requires('prices.manage')
  @ApiDoc({
    summary: 'Include a charged session in the plan’s price',
    description: 'The third session is charged at the extra-session price; an owner may include it free of charge, with a reason (audited).',
    responses: { 200: { description: 'The plan' }, ...problemResponses.notFound, 409: { description: 'Not charged, or the plan is closed' } },
  })
  includeSession(
    @RouteParams(planRoutes.includeSession) params: ParamsOf<typeof planRoutes.includeSession>,
    @RouteBody(planRoutes.includeSession) body: BodyOf<typeof planRoutes.includeSession>,
    @CurrentActor() actor: Actor,
  ): Promise<Plan> {
    return this.plans.includeSession(params.id, params.sessionId, body.reason, actor);
  }

  @Endpoint(planRoutes.cancel)
  @Requires('plans.write')
  @ApiDoc({
    summary: 'Cancel a plan and its booked sessions',
    responses: { 200: { description: 'The cancelled plan' }, ...problemResponses.notFound, 409: { description: 'Completed or cancelled already' } },
  })
  cancel(@RouteParams(planRoutes.cancel) params: { id: string }, @RouteBody(planRoutes.cancel) body: BodyOf<typeof planRoutes.cancel>, @CurrentActor() actor: Actor): Promise<Plan> {
    return this.plans.cancel(params.id, body.reason, actor);
  }

  @Endpoint(planRoutes.nextSessionSlots)
  @Requires('scheduling.read')
  @ApiDoc({
    summary: 'Free slots for the plan’s next session, inside its spacing window',
    responses: { 200: { description: 'Slots and the window' }, ...problemResponses.notFound, 409: { description: 'Not active, all booked, or the session before is not booked' } },
  })
  async nextSessionSlots(
    @RouteParams(planRoutes.nextSessionSlots) params: { id: string },
    @RouteQuery(planRoutes.nextSessionSlots) query: QueryOf<typeof planRoutes.nextSessionSlots>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ) {
    return this.plans.nextSessionSlots(params.id, query.artistId, await this.locations.shownTo(actor, authentication.staff.role, undefined));
  }

  @Endpoint(planRoutes.addClearance)
  @Requires('screening.clear')
  @Idempotent()
  @ApiDoc({
    summary: 'Attach a doctor’s clearance to an alopecia / medical plan',
    description:
      'For a client whose screening asked for no clearance letter. multipart/form-data: `file` (PDF, JPEG or PNG, at most 10 MB, checked by content as a screening’s clearance letter is), optional `note`. Kept for good.',
    responses: {
      201: { description: 'The plan, its clearance on file' },
      ...problemResponses.notFound,
      409: { description: 'Not an alopecia / medical plan, or the plan is closed' },
      413: { description: 'The file is too large' },
      415: { description: 'The file is not a PDF, JPEG or PNG' },
      ...problemResponses.decodingBusy,
    },
  })
  addClearance(
    @RouteParams(planRoutes.addClearance) params: { id: string },
    @RouteBody(planRoutes.addClearance) fields: BodyOf<typeof planRoutes.addClearance>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<Plan> {
    return this.clearances.attach(params.id, fields, file, actor);
  }

  @Endpoint(planRoutes.overrideClearance)
  @Requires('screening.override')
  @Idempotent()
  @ApiDoc({
    summary: 'Let an alopecia / medical plan start without a doctor’s clearance',
    description: 'An owner, with a written reason (audited, kept for good).',
    responses: { 200: { description: 'The plan' }, ...problemResponses.notFound, 409: { description: 'Not an alopecia / medical draft, or a clearance is on file already' } },
  })
  overrideClearance(
    @RouteParams(planRoutes.overrideClearance) params: { id: string },
    @RouteBody(planRoutes.overrideClearance) body: BodyOf<typeof planRoutes.overrideClearance>,
    @CurrentActor() actor: Actor,
  ): Promise<Plan> {
    return this.clearances.override(params.id, body, actor);
  }

  @Endpoint(planRoutes.clearanceDocument)
  @Requires('screening.readAnswers')
  @ApiDoc({
    summary: 'A plan’s clearance letter',
    description: 'A download (`Content-Disposition: attachment`) in its stored type; the read is audited.',
    responses: { 200: { description: 'The document as uploaded' }, ...problemResponses.notFound },
  })
  async clearanceDocument(@RouteParams(planRoutes.clearanceDocument) params: { id: string }, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    const document = await this.clearances.document(params.id, actor);
    sendStoredFile(reply, { type: document.type, bytes: document.bytes, downloadAs: document.name });
  }

  @Endpoint(priceRoutes.list)
  @Requires('plans.read')
  @ApiDoc({ summary: 'The clinic’s price list', description: 'Minor units (cents) of the clinic’s currency.', responses: { 200: { description: 'A price per style' } } })
  async priceList() {
    return { items: await this.prices.list() };
  }

  @Endpoint(priceRoutes.update)
  @Requires('prices.manage')
  @ApiDoc({ summary: 'Change prices', responses: { 200: { description: 'The price list' } } })
  async setPrices(@RouteBody(priceRoutes.update) input: BodyOf<typeof priceRoutes.update>, @CurrentActor() actor: Actor) {
    return { items: await this.prices.update(input, actor) };
  }
}
