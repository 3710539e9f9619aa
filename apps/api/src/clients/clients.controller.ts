import { Controller } from '@nestjs/common';
import { type Client, type ClientInputParsed, type ClientSummary, type Page, clientRoutes, type BodyOf, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientsService } from './clients.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const duplicateWarning = {
  409: { description: 'Another client has the same phone or email (`duplicates` lists them); repeat with confirmDuplicate=true to save anyway' },
};

@Controller()
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Endpoint(clientRoutes.list)
  @Requires('clients.read')
  @ApiDoc({
    summary: 'List or search clients',
    description: 'Sorted by surname, then first name. Archived clients are left out unless `status` asks for them.',
    responses: { 200: { description: 'One page of clients' } },
  })
  list(@RouteQuery(clientRoutes.list) query: QueryOf<typeof clientRoutes.list>): Promise<Page<ClientSummary>> {
    return this.clients.list(query);
  }

  @Endpoint(clientRoutes.create)
  @Idempotent()
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Create a client',
    responses: { 201: { description: 'The new client' }, ...duplicateWarning },
  })
  create(
    @RouteBody(clientRoutes.create) input: ClientInputParsed,
    @RouteQuery(clientRoutes.create) query: QueryOf<typeof clientRoutes.create>,
    @CurrentActor() actor: Actor,
  ): Promise<Client> {
    return this.clients.create(input, query.confirmDuplicate, actor);
  }

  @Endpoint(clientRoutes.get)
  @Requires('clients.read')
  @ApiDoc({
    summary: 'Read a client',
    responses: { 200: { description: 'The client' }, ...problemResponses.notFound },
  })
  get(@RouteParams(clientRoutes.get) params: { id: string }, @RouteQuery(clientRoutes.get) query: QueryOf<typeof clientRoutes.get>, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.read(params.id, actor, query.view);
  }

  @Endpoint(clientRoutes.update)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Change a client',
    description: 'Only the fields sent change; `null` clears an optional field. Archived clients must be restored first.',
    responses: {
      200: { description: 'The changed client' },
      ...problemResponses.notFound,
      ...duplicateWarning,
    },
  })
  update(
    @RouteParams(clientRoutes.update) params: { id: string },
    @RouteBody(clientRoutes.update) patch: BodyOf<typeof clientRoutes.update>,
    @RouteQuery(clientRoutes.update) query: QueryOf<typeof clientRoutes.update>,
    @CurrentActor() actor: Actor,
  ): Promise<Client> {
    return this.clients.update(params.id, patch, query.confirmDuplicate, actor);
  }

  @Endpoint(clientRoutes.archive)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Archive a client',
    description: 'Hides the client from lists and searches. Nothing is deleted; restore undoes it.',
    responses: { 200: { description: 'The archived client' }, ...problemResponses.notFound },
  })
  archive(@RouteParams(clientRoutes.archive) params: { id: string }, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.archive(params.id, actor);
  }

  @Endpoint(clientRoutes.restore)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Restore an archived client',
    responses: { 200: { description: 'The restored client' }, ...problemResponses.notFound },
  })
  restore(@RouteParams(clientRoutes.restore) params: { id: string }, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.restore(params.id, actor);
  }
}
