import { Controller } from '@nestjs/common';
import { needleRoutes, pigmentRoutes, type BodyOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { CatalogueService } from './catalogue.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

/** The pigment and needle catalogue: products, their stock lots, and the clients a lot reached (for recalls). */
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Endpoint(pigmentRoutes.list)
  @Requires('consumables.read')
  @ApiDoc({
    summary: 'The pigment catalogue with stock lots',
    description: 'Each pigment with a blue, green or purple base carries a `warning`; each lot says whether it has expired.',
    responses: { 200: { description: 'Pigments' } },
  })
  async pigments() {
    return { items: await this.catalogue.pigments() };
  }

  @Endpoint(pigmentRoutes.add)
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Add a pigment', responses: { 201: { description: 'Pigments' }, 409: { description: 'Already in the catalogue' } } })
  async addPigment(@RouteBody(pigmentRoutes.add) input: BodyOf<typeof pigmentRoutes.add>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addPigment(input, actor) };
  }

  @Endpoint(pigmentRoutes.addLot)
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Receive a lot of a pigment', responses: { 201: { description: 'Pigments' }, ...problemResponses.notFound, 409: { description: 'The lot number is known' } } })
  async addPigmentLot(@RouteParams(pigmentRoutes.addLot) params: { id: string }, @RouteBody(pigmentRoutes.addLot) lot: BodyOf<typeof pigmentRoutes.addLot>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addPigmentLot(params.id, lot, actor) };
  }

  @Endpoint(needleRoutes.list)
  @Requires('consumables.read')
  @ApiDoc({ summary: 'Needles with stock lots', responses: { 200: { description: 'Needles' } } })
  async needles() {
    return { items: await this.catalogue.needles() };
  }

  @Endpoint(needleRoutes.add)
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Add a needle', responses: { 201: { description: 'Needles' } } })
  async addNeedle(@RouteBody(needleRoutes.add) input: BodyOf<typeof needleRoutes.add>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addNeedle(input, actor) };
  }

  @Endpoint(needleRoutes.addLot)
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Receive a lot of needles', responses: { 201: { description: 'Needles' }, ...problemResponses.notFound, 409: { description: 'The lot number is known' } } })
  async addNeedleLot(@RouteParams(needleRoutes.addLot) params: { id: string }, @RouteBody(needleRoutes.addLot) lot: BodyOf<typeof needleRoutes.addLot>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addNeedleLot(params.id, lot, actor) };
  }

  @Endpoint(pigmentRoutes.lotRecall)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Every client and session a pigment lot went into, for a recall', responses: { 200: { description: 'Clients by name' }, ...problemResponses.notFound } })
  pigmentLotRecall(@RouteParams(pigmentRoutes.lotRecall) params: { id: string }, @CurrentActor() actor: Actor) {
    return this.catalogue.pigmentLotRecall(params.id, actor);
  }

  @Endpoint(needleRoutes.lotRecall)
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Every client and session a needle lot went into, for a recall', responses: { 200: { description: 'Clients by name' }, ...problemResponses.notFound } })
  needleLotRecall(@RouteParams(needleRoutes.lotRecall) params: { id: string }, @CurrentActor() actor: Actor) {
    return this.catalogue.needleLotRecall(params.id, actor);
  }
}
