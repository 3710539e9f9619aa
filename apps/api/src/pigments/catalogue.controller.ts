import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import {
  lotInputSchema,
  lotParamsSchema,
  lotRecallSchema,
  needleInputSchema,
  needleListSchema,
  needleParamsSchema,
  pigmentInputSchema,
  pigmentListSchema,
  pigmentParamsSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { CatalogueService } from './catalogue.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

/** The pigment and needle catalogue: products, their stock lots, and the clients a lot reached (for recalls). */
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('pigments')
  @Requires('consumables.read')
  @ApiDoc({ summary: 'The pigment catalogue with stock lots', description: 'Each pigment with a blue, green or purple base carries a `warning`; each lot says whether it has expired.', responses: { 200: { description: 'Pigments', schema: pigmentListSchema } } })
  async pigments() {
    return { items: await this.catalogue.pigments() };
  }

  @Post('pigments')
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Add a pigment', responses: { 201: { description: 'Pigments', schema: pigmentListSchema }, 409: { description: 'Already in the catalogue' } } })
  async addPigment(@Body({ schema: pigmentInputSchema }) input: z.output<typeof pigmentInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addPigment(input, actor) };
  }

  @Post('pigments/:id/lots')
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Receive a lot of a pigment', responses: { 201: { description: 'Pigments', schema: pigmentListSchema }, ...problemResponses.notFound, 409: { description: 'The lot number is known' } } })
  async addPigmentLot(@Param({ schema: pigmentParamsSchema }) params: { id: string }, @Body({ schema: lotInputSchema }) lot: z.output<typeof lotInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addPigmentLot(params.id, lot, actor) };
  }

  @Get('needles')
  @Requires('consumables.read')
  @ApiDoc({ summary: 'Needles with stock lots', responses: { 200: { description: 'Needles', schema: needleListSchema } } })
  async needles() {
    return { items: await this.catalogue.needles() };
  }

  @Post('needles')
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Add a needle', responses: { 201: { description: 'Needles', schema: needleListSchema } } })
  async addNeedle(@Body({ schema: needleInputSchema }) input: z.output<typeof needleInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addNeedle(input, actor) };
  }

  @Post('needles/:id/lots')
  @Idempotent()
  @Requires('consumables.manage')
  @ApiDoc({ summary: 'Receive a lot of needles', responses: { 201: { description: 'Needles', schema: needleListSchema }, ...problemResponses.notFound, 409: { description: 'The lot number is known' } } })
  async addNeedleLot(@Param({ schema: needleParamsSchema }) params: { id: string }, @Body({ schema: lotInputSchema }) lot: z.output<typeof lotInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.catalogue.addNeedleLot(params.id, lot, actor) };
  }

  @Get('pigment-lots/:id/clients')
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Every client and session a pigment lot went into, for a recall', responses: { 200: { description: 'Clients by name', schema: lotRecallSchema }, ...problemResponses.notFound } })
  pigmentLotRecall(@Param({ schema: lotParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor) {
    return this.catalogue.pigmentLotRecall(params.id, actor);
  }

  @Get('needle-lots/:id/clients')
  @Requires('sessions.read')
  @ApiDoc({ summary: 'Every client and session a needle lot went into, for a recall', responses: { 200: { description: 'Clients by name', schema: lotRecallSchema }, ...problemResponses.notFound } })
  needleLotRecall(@Param({ schema: lotParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor) {
    return this.catalogue.needleLotRecall(params.id, actor);
  }
}
