import { Controller } from '@nestjs/common';
import { closureRoutes, roomRoutes, scheduleRoutes, type BodyOf, type ParamsOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ResourcesService } from './resources.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller()
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Endpoint(roomRoutes.list)
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'Rooms and chairs', responses: { 200: { description: 'Rooms in use first' } } })
  async rooms() {
    return { items: await this.resources.rooms() };
  }

  @Endpoint(roomRoutes.add)
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Add a room', responses: { 201: { description: 'All rooms' }, 409: { description: 'The name is taken' } } })
  async addRoom(@RouteBody(roomRoutes.add) input: BodyOf<typeof roomRoutes.add>, @CurrentActor() actor: Actor) {
    return { items: await this.resources.addRoom(input, actor) };
  }

  @Endpoint(roomRoutes.archive)
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Take a room out of use', responses: { 200: { description: 'All rooms' }, ...problemResponses.notFound } })
  async archiveRoom(@RouteParams(roomRoutes.archive) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.setRoomArchived(params.id, true, actor) };
  }

  @Endpoint(roomRoutes.restore)
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Put a room back in use', responses: { 200: { description: 'All rooms' }, ...problemResponses.notFound } })
  async restoreRoom(@RouteParams(roomRoutes.restore) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.setRoomArchived(params.id, false, actor) };
  }

  @Endpoint(scheduleRoutes.get)
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'An artist’s weekly hours and coming time off', responses: { 200: { description: 'The schedule' }, ...problemResponses.notFound } })
  schedule(@RouteParams(scheduleRoutes.get) params: { id: string }) {
    return this.resources.schedule(params.id);
  }

  @Endpoint(scheduleRoutes.setHours)
  @Requires('scheduling.manage')
  @ApiDoc({
    summary: 'Set an artist’s weekly hours',
    description: 'Each interval at a location (the main one when it names none), in that location’s local time; a break is the gap between two intervals of a day.',
    responses: { 200: { description: 'The schedule' }, ...problemResponses.notFound },
  })
  setHours(@RouteParams(scheduleRoutes.setHours) params: { id: string }, @RouteBody(scheduleRoutes.setHours) input: BodyOf<typeof scheduleRoutes.setHours>, @CurrentActor() actor: Actor) {
    return this.resources.setHours(params.id, input, actor);
  }

  @Endpoint(scheduleRoutes.addTimeOff)
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Add days off or a holiday', responses: { 201: { description: 'The schedule' }, ...problemResponses.notFound } })
  addTimeOff(
    @RouteParams(scheduleRoutes.addTimeOff) params: { id: string },
    @RouteBody(scheduleRoutes.addTimeOff) input: BodyOf<typeof scheduleRoutes.addTimeOff>,
    @CurrentActor() actor: Actor,
  ) {
    return this.resources.addTimeOff(params.id, input, actor);
  }

  @Endpoint(scheduleRoutes.removeTimeOff)
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Remove time off', responses: { 200: { description: 'The schedule' }, ...problemResponses.notFound } })
  removeTimeOff(@RouteParams(scheduleRoutes.removeTimeOff) params: ParamsOf<typeof scheduleRoutes.removeTimeOff>, @CurrentActor() actor: Actor) {
    return this.resources.removeTimeOff(params.id, params.timeOffId, actor);
  }

  @Endpoint(closureRoutes.list)
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'Days the clinic is closed', responses: { 200: { description: 'Closures' } } })
  async closures() {
    return { items: await this.resources.closures() };
  }

  @Endpoint(closureRoutes.add)
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Close the clinic for some days', responses: { 201: { description: 'Closures' } } })
  async addClosure(@RouteBody(closureRoutes.add) input: BodyOf<typeof closureRoutes.add>, @CurrentActor() actor: Actor) {
    return { items: await this.resources.addClosure(input, actor) };
  }

  @Endpoint(closureRoutes.remove)
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Remove a closure', responses: { 200: { description: 'Closures' }, ...problemResponses.notFound } })
  async removeClosure(@RouteParams(closureRoutes.remove) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.removeClosure(params.id, actor) };
  }
}
