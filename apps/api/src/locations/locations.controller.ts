import { Controller } from '@nestjs/common';
import { locationRoutes, type BodyOf, type Location } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { LocationsService } from './locations.service.js';

@Controller()
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Endpoint(locationRoutes.list)
  @Requires('clinic.read')
  @ApiDoc({
    summary: 'The clinic’s locations',
    description: 'Those the asker works at (every one for owners and for staff not limited to some): the main one first, then by name; those out of use last.',
    responses: { 200: { description: 'The locations' } },
  })
  async list(@CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication): Promise<{ items: Location[] }> {
    const shown = await this.locations.shownTo(actor, authentication.staff.role, undefined);
    return { items: (await this.locations.all()).filter((location) => !shown || shown.has(location.id)) };
  }

  @Endpoint(locationRoutes.add)
  @Idempotent()
  @Requires('clinic.manage')
  @ApiDoc({ summary: 'Add a location', responses: { 201: { description: 'The location' }, 409: { description: 'Another location in use has the name' } } })
  add(@RouteBody(locationRoutes.add) input: BodyOf<typeof locationRoutes.add>, @CurrentActor() actor: Actor): Promise<Location> {
    return this.locations.add(input, actor);
  }

  @Endpoint(locationRoutes.update)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Change a location',
    description: 'Replaces its details and opening hours; appointments already booked stay.',
    responses: { 200: { description: 'The location' }, ...problemResponses.notFound, 409: { description: 'Another location in use has the name' } },
  })
  update(
    @RouteParams(locationRoutes.update) params: { id: string },
    @RouteBody(locationRoutes.update) input: BodyOf<typeof locationRoutes.update>,
    @CurrentActor() actor: Actor,
  ): Promise<Location> {
    return this.locations.update(params.id, input, actor);
  }

  @Endpoint(locationRoutes.archive)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Take a location out of use',
    description: 'It keeps its history; not the main location, and not while appointments are still to come there.',
    responses: { 200: { description: 'The location' }, ...problemResponses.notFound, 409: { description: 'The main location, or appointments to come' } },
  })
  archive(@RouteParams(locationRoutes.archive) params: { id: string }, @CurrentActor() actor: Actor): Promise<Location> {
    return this.locations.setArchived(params.id, true, actor);
  }

  @Endpoint(locationRoutes.restore)
  @Requires('clinic.manage')
  @ApiDoc({ summary: 'Put a location back in use', responses: { 200: { description: 'The location' }, ...problemResponses.notFound } })
  restore(@RouteParams(locationRoutes.restore) params: { id: string }, @CurrentActor() actor: Actor): Promise<Location> {
    return this.locations.setArchived(params.id, false, actor);
  }

  @Endpoint(locationRoutes.staffLocations)
  @Requires('staff.manage')
  @ApiDoc({ summary: 'Where a staff member works', description: 'None means every location.', responses: { 200: { description: 'Their locations' }, ...problemResponses.notFound } })
  async staffLocations(@RouteParams(locationRoutes.staffLocations) params: { id: string }) {
    return { locationIds: await this.locations.staffLocations(params.id) };
  }

  @Endpoint(locationRoutes.setStaffLocations)
  @Requires('staff.manage')
  @ApiDoc({
    summary: 'Set where a staff member works',
    description: 'A receptionist or artist limited to some locations sees and books only there; none means every location. Owners see every location.',
    responses: { 200: { description: 'Their locations' }, ...problemResponses.notFound },
  })
  async setStaffLocations(
    @RouteParams(locationRoutes.setStaffLocations) params: { id: string },
    @RouteBody(locationRoutes.setStaffLocations) input: BodyOf<typeof locationRoutes.setStaffLocations>,
    @CurrentActor() actor: Actor,
  ) {
    return { locationIds: await this.locations.setStaffLocations(params.id, input.locationIds, actor) };
  }
}
