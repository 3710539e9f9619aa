import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  artistHoursInputSchema,
  artistScheduleSchema,
  closureInputSchema,
  closureSchema,
  roomInputSchema,
  roomSchema,
  staffIdParamsSchema,
  timeOffInputSchema,
} from '@smp/contracts';
import { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ResourcesService } from './resources.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const roomListSchema = z.object({ items: z.array(roomSchema) }).meta({ id: 'RoomList' });
const closureListSchema = z.object({ items: z.array(closureSchema) }).meta({ id: 'ClosureList' });
const roomParams = z.object({ id: z.uuid('Not a room id') });
const closureParams = z.object({ id: z.uuid('Not a closure id') });
const timeOffParams = z.object({ id: z.uuid('Not a staff id'), timeOffId: z.uuid('Not a time-off id') });

@Controller()
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get('rooms')
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'Rooms and chairs', responses: { 200: { description: 'Rooms in use first', schema: roomListSchema } } })
  async rooms() {
    return { items: await this.resources.rooms() };
  }

  @Post('rooms')
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Add a room', responses: { 201: { description: 'All rooms', schema: roomListSchema }, 409: { description: 'The name is taken' } } })
  async addRoom(@Body({ schema: roomInputSchema }) input: z.output<typeof roomInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.resources.addRoom(input.name, actor) };
  }

  @Post('rooms/:id/archive')
  @Requires('scheduling.manage')
  @HttpCode(200)
  @ApiDoc({ summary: 'Take a room out of use', responses: { 200: { description: 'All rooms', schema: roomListSchema }, ...problemResponses.notFound } })
  async archiveRoom(@Param({ schema: roomParams }) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.setRoomArchived(params.id, true, actor) };
  }

  @Post('rooms/:id/restore')
  @Requires('scheduling.manage')
  @HttpCode(200)
  @ApiDoc({ summary: 'Put a room back in use', responses: { 200: { description: 'All rooms', schema: roomListSchema }, ...problemResponses.notFound } })
  async restoreRoom(@Param({ schema: roomParams }) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.setRoomArchived(params.id, false, actor) };
  }

  @Get('artists/:id/schedule')
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'An artist’s weekly hours and coming time off', responses: { 200: { description: 'The schedule', schema: artistScheduleSchema }, ...problemResponses.notFound } })
  schedule(@Param({ schema: staffIdParamsSchema }) params: { id: string }) {
    return this.resources.schedule(params.id);
  }

  @Put('artists/:id/hours')
  @Requires('scheduling.manage')
  @ApiDoc({
    summary: 'Set an artist’s weekly hours',
    description: 'In the clinic’s local time; a break is the gap between two intervals of a day.',
    responses: { 200: { description: 'The schedule', schema: artistScheduleSchema }, ...problemResponses.notFound },
  })
  setHours(@Param({ schema: staffIdParamsSchema }) params: { id: string }, @Body({ schema: artistHoursInputSchema }) input: z.output<typeof artistHoursInputSchema>, @CurrentActor() actor: Actor) {
    return this.resources.setHours(params.id, input, actor);
  }

  @Post('artists/:id/time-off')
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Add days off or a holiday', responses: { 201: { description: 'The schedule', schema: artistScheduleSchema }, ...problemResponses.notFound } })
  addTimeOff(@Param({ schema: staffIdParamsSchema }) params: { id: string }, @Body({ schema: timeOffInputSchema }) input: z.output<typeof timeOffInputSchema>, @CurrentActor() actor: Actor) {
    return this.resources.addTimeOff(params.id, input, actor);
  }

  @Delete('artists/:id/time-off/:timeOffId')
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Remove time off', responses: { 200: { description: 'The schedule', schema: artistScheduleSchema }, ...problemResponses.notFound } })
  removeTimeOff(@Param({ schema: timeOffParams }) params: z.output<typeof timeOffParams>, @CurrentActor() actor: Actor) {
    return this.resources.removeTimeOff(params.id, params.timeOffId, actor);
  }

  @Get('closures')
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'Days the clinic is closed', responses: { 200: { description: 'Closures', schema: closureListSchema } } })
  async closures() {
    return { items: await this.resources.closures() };
  }

  @Post('closures')
  @Idempotent()
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Close the clinic for some days', responses: { 201: { description: 'Closures', schema: closureListSchema } } })
  async addClosure(@Body({ schema: closureInputSchema }) input: z.output<typeof closureInputSchema>, @CurrentActor() actor: Actor) {
    return { items: await this.resources.addClosure(input, actor) };
  }

  @Delete('closures/:id')
  @Requires('scheduling.manage')
  @ApiDoc({ summary: 'Remove a closure', responses: { 200: { description: 'Closures', schema: closureListSchema }, ...problemResponses.notFound } })
  async removeClosure(@Param({ schema: closureParams }) params: { id: string }, @CurrentActor() actor: Actor) {
    return { items: await this.resources.removeClosure(params.id, actor) };
  }
}
