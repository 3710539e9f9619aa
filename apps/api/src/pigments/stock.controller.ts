import { Controller } from '@nestjs/common';
import { needleRoutes, pigmentRoutes, type BodyOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { CatalogueService } from './catalogue.service.js';
import { StockService } from './stock.service.js';

const adjustmentResponses = {
  ...problemResponses.notFound,
  403: { description: 'Only owners adjust stock' },
  409: { description: 'The lot does not hold that many units' },
};

/** Each lot's stock ledger, and owners' corrections to it. */
@Controller()
export class StockController {
  constructor(
    private readonly stock: StockService,
    private readonly catalogue: CatalogueService,
  ) {}

  @Endpoint(pigmentRoutes.lotMovements)
  @Requires('consumables.read')
  @ApiDoc({ summary: 'A pigment lot’s stock movements', responses: { 200: { description: 'Received, used by sessions, adjusted' }, ...problemResponses.notFound } })
  pigmentLotMovements(@RouteParams(pigmentRoutes.lotMovements) params: { id: string }) {
    return this.stock.movements('pigment', params.id);
  }

  @Endpoint(pigmentRoutes.adjustLot)
  @Idempotent()
  @Requires('consumables.adjust')
  @ApiDoc({ summary: 'Correct a pigment lot’s stock, with a reason', responses: { 201: { description: 'Pigments' }, ...adjustmentResponses } })
  async adjustPigmentLot(
    @RouteParams(pigmentRoutes.adjustLot) params: { id: string },
    @RouteBody(pigmentRoutes.adjustLot) input: BodyOf<typeof pigmentRoutes.adjustLot>,
    @CurrentActor() actor: Actor,
  ) {
    await this.stock.adjust('pigment', params.id, input, actor);
    return { items: await this.catalogue.pigments() };
  }

  @Endpoint(needleRoutes.lotMovements)
  @Requires('consumables.read')
  @ApiDoc({ summary: 'A needle lot’s stock movements', responses: { 200: { description: 'Received, used by sessions, adjusted' }, ...problemResponses.notFound } })
  needleLotMovements(@RouteParams(needleRoutes.lotMovements) params: { id: string }) {
    return this.stock.movements('needle', params.id);
  }

  @Endpoint(needleRoutes.adjustLot)
  @Idempotent()
  @Requires('consumables.adjust')
  @ApiDoc({ summary: 'Correct a needle lot’s stock, with a reason', responses: { 201: { description: 'Needles' }, ...adjustmentResponses } })
  async adjustNeedleLot(
    @RouteParams(needleRoutes.adjustLot) params: { id: string },
    @RouteBody(needleRoutes.adjustLot) input: BodyOf<typeof needleRoutes.adjustLot>,
    @CurrentActor() actor: Actor,
  ) {
    await this.stock.adjust('needle', params.id, input, actor);
    return { items: await this.catalogue.needles() };
  }
}
