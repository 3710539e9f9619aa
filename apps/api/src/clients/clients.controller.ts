import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  clientIdParamsSchema,
  clientInputSchema,
  clientListQuerySchema,
  clientPageSchema,
  clientPatchSchema,
  clientSchema,
  duplicateOverrideQuerySchema,
  type Client,
  type ClientInputParsed,
  type ClientSummary,
  type Page,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ClientsService } from './clients.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const duplicateWarning = {
  409: { description: 'Another client has the same phone or email (`duplicates` lists them); repeat with confirmDuplicate=true to save anyway' },
};

@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @Requires('clients.read')
  @ApiDoc({
    summary: 'List or search clients',
    description: 'Sorted by surname, then first name. Archived clients are left out unless `status` asks for them.',
    responses: { 200: { description: 'One page of clients', schema: clientPageSchema } },
  })
  list(@Query({ schema: clientListQuerySchema }) query: z.output<typeof clientListQuerySchema>): Promise<Page<ClientSummary>> {
    return this.clients.list(query);
  }

  @Post()
  @Idempotent()
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Create a client',
    responses: { 201: { description: 'The new client', schema: clientSchema }, ...duplicateWarning },
  })
  create(
    @Body({ schema: clientInputSchema }) input: ClientInputParsed,
    @Query({ schema: duplicateOverrideQuerySchema }) query: z.output<typeof duplicateOverrideQuerySchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Client> {
    return this.clients.create(input, query.confirmDuplicate, actor);
  }

  @Get(':id')
  @Requires('clients.read')
  @ApiDoc({
    summary: 'Read a client',
    responses: { 200: { description: 'The client', schema: clientSchema }, ...problemResponses.notFound },
  })
  get(@Param({ schema: clientIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.read(params.id, actor);
  }

  @Patch(':id')
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Change a client',
    description: 'Only the fields sent change; `null` clears an optional field. Archived clients must be restored first.',
    responses: {
      200: { description: 'The changed client', schema: clientSchema },
      ...problemResponses.notFound,
      ...duplicateWarning,
    },
  })
  update(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Body({ schema: clientPatchSchema }) patch: z.output<typeof clientPatchSchema>,
    @Query({ schema: duplicateOverrideQuerySchema }) query: z.output<typeof duplicateOverrideQuerySchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Client> {
    return this.clients.update(params.id, patch, query.confirmDuplicate, actor);
  }

  @Post(':id/archive')
  @Requires('clients.write')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Archive a client',
    description: 'Hides the client from lists and searches. Nothing is deleted; restore undoes it.',
    responses: { 200: { description: 'The archived client', schema: clientSchema }, ...problemResponses.notFound },
  })
  archive(@Param({ schema: clientIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.archive(params.id, actor);
  }

  @Post(':id/restore')
  @Requires('clients.write')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Restore an archived client',
    responses: { 200: { description: 'The restored client', schema: clientSchema }, ...problemResponses.notFound },
  })
  restore(@Param({ schema: clientIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<Client> {
    return this.clients.restore(params.id, actor);
  }
}
