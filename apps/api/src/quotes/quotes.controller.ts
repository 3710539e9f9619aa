import { Controller, Res } from '@nestjs/common';
import { quoteRoutes, type BodyOf, type ParamsOf, type Quote, type QuoteDraft } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { sendStoredFile } from '../http/file-response.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { QuotesService } from './quotes.service.js';

@Controller()
export class QuotesController {
  constructor(private readonly quotes: QuotesService) {}

  @Endpoint(quoteRoutes.draft)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'A draft of the plan’s quote, from the price list',
    description: 'The plan’s price for sessions 1 and 2 and a line per charged session, each at the default tax rate; edit them, then present.',
    responses: { 200: { description: 'Draft lines' }, ...problemResponses.notFound },
  })
  draft(@RouteParams(quoteRoutes.draft) params: ParamsOf<typeof quoteRoutes.draft>): Promise<QuoteDraft> {
    return this.quotes.draft(params.id);
  }

  @Endpoint(quoteRoutes.list)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'Every version of the plan’s quote, newest first',
    description: 'A read of the client’s record (audited).',
    responses: { 200: { description: 'Quotes' }, ...problemResponses.notFound },
  })
  list(@RouteParams(quoteRoutes.list) params: ParamsOf<typeof quoteRoutes.list>, @CurrentActor() actor: Actor): Promise<Quote[]> {
    return this.quotes.list(params.id, actor);
  }

  @Endpoint(quoteRoutes.present)
  @Idempotent()
  @Requires('quotes.write')
  @ApiDoc({
    summary: 'Present a quote for the plan',
    description:
      'Priced and taxed line by line (a discount says why); the deposit follows the clinic’s policy. It becomes the plan’s next version and supersedes every earlier one, accepted or not. Written once.',
    responses: {
      201: { description: 'The quote' },
      ...problemResponses.notFound,
      409: { description: 'The plan is cancelled or completed, or the client is archived' },
    },
  })
  present(
    @RouteParams(quoteRoutes.present) params: ParamsOf<typeof quoteRoutes.present>,
    @RouteBody(quoteRoutes.present) input: BodyOf<typeof quoteRoutes.present>,
    @CurrentActor() actor: Actor,
  ): Promise<Quote> {
    return this.quotes.present(params.id, input, actor);
  }

  @Endpoint(quoteRoutes.get)
  @Requires('billing.read')
  @ApiDoc({ summary: 'A quote', description: 'A read of the client’s record (audited).', responses: { 200: { description: 'The quote' }, ...problemResponses.notFound } })
  get(@RouteParams(quoteRoutes.get) params: ParamsOf<typeof quoteRoutes.get>, @CurrentActor() actor: Actor): Promise<Quote> {
    return this.quotes.get(params.id, actor);
  }

  @Endpoint(quoteRoutes.accept)
  @Requires('quotes.write')
  @ApiDoc({
    summary: 'The client accepts the quote',
    description: 'Their typed name and drawn signature (a PNG data URL), witnessed by the signed-in staff member. Only the plan’s latest quote, only once; never changed after.',
    responses: {
      200: { description: 'The accepted quote' },
      ...problemResponses.notFound,
      409: { description: 'A newer quote supersedes it, it is accepted already, the plan is closed or the client archived' },
    },
  })
  accept(
    @RouteParams(quoteRoutes.accept) params: ParamsOf<typeof quoteRoutes.accept>,
    @RouteBody(quoteRoutes.accept) input: BodyOf<typeof quoteRoutes.accept>,
    @CurrentActor() actor: Actor,
  ): Promise<Quote> {
    return this.quotes.accept(params.id, input, actor);
  }

  @Endpoint(quoteRoutes.signature)
  @Requires('billing.read')
  @ApiDoc({
    summary: 'The client’s signature on an accepted quote',
    description: 'A PNG; the read is audited.',
    responses: { 200: { description: 'image/png' }, ...problemResponses.notFound },
  })
  async signature(@RouteParams(quoteRoutes.signature) params: ParamsOf<typeof quoteRoutes.signature>, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    sendStoredFile(reply, { type: 'image/png', bytes: await this.quotes.signature(params.id, actor) });
  }
}
