import { Controller } from '@nestjs/common';
import { type BodyOf, type Design, designRoutes } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { DesignsService } from './designs.service.js';

@Controller()
export class DesignsController {
  constructor(private readonly designs: DesignsService) {}

  @Endpoint(designRoutes.list)
  @Requires('designs.read')
  @ApiDoc({ summary: 'A client’s hairline designs with every version, newest design first', responses: { 200: { description: 'Designs' }, ...problemResponses.notFound } })
  async list(@RouteParams(designRoutes.list) params: { id: string }, @CurrentActor() actor: Actor): Promise<{ items: Design[] }> {
    return { items: await this.designs.listForClient(params.id, actor) };
  }

  @Endpoint(designRoutes.create)
  @Idempotent()
  @Requires('designs.write')
  @ApiDoc({
    summary: 'Draw a hairline design on a client’s photo',
    description: 'Version 1, the consultation design: points as fractions (0–1) of the photo’s width and height.',
    responses: { 201: { description: 'The design' }, ...problemResponses.notFound, 409: { description: 'The client is archived' } },
  })
  create(@RouteParams(designRoutes.create) params: { id: string }, @RouteBody(designRoutes.create) input: BodyOf<typeof designRoutes.create>, @CurrentActor() actor: Actor): Promise<Design> {
    return this.designs.create(params.id, input, actor);
  }

  @Endpoint(designRoutes.get)
  @Requires('designs.read')
  @ApiDoc({ summary: 'A hairline design with every version', responses: { 200: { description: 'The design' }, ...problemResponses.notFound } })
  get(@RouteParams(designRoutes.get) params: { id: string }, @CurrentActor() actor: Actor): Promise<Design> {
    return this.designs.get(params.id, actor);
  }

  @Endpoint(designRoutes.addVersion)
  @Idempotent()
  @Requires('designs.write')
  @ApiDoc({
    summary: 'Add a version: redrawn, approved by the client, or adjusted',
    description: 'Versions are never changed. `approved` signs the latest drawing (typed name and drawn signature); an `adjustment` needs a reason.',
    responses: { 201: { description: 'The design with its new version' }, ...problemResponses.notFound, 409: { description: 'Not this kind of version now (`kind`)' } },
  })
  addVersion(
    @RouteParams(designRoutes.addVersion) params: { id: string },
    @RouteBody(designRoutes.addVersion) input: BodyOf<typeof designRoutes.addVersion>,
    @CurrentActor() actor: Actor,
  ): Promise<Design> {
    return this.designs.addVersion(params.id, input, actor);
  }
}
