import { Body, Controller, Get, Post } from '@nestjs/common';
import { contactInputSchema, followUpListSchema, type FollowUp } from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { FollowUpsService } from './follow-ups.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@Controller('follow-ups')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get()
  @Requires('followUps.read')
  @ApiDoc({
    summary: 'Reception’s follow-up queue',
    description: 'Next sessions to book, overdue and closing windows first, then maintenance recalls; each with the last contact.',
    responses: { 200: { description: 'The queue', schema: followUpListSchema } },
  })
  async queue(): Promise<{ items: FollowUp[] }> {
    return { items: await this.followUps.queue() };
  }

  @Post('contacts')
  @Idempotent()
  @Requires('followUps.contact')
  @ApiDoc({ summary: 'Log a call or message', responses: { 201: { description: 'The queue', schema: followUpListSchema } } })
  async contact(@Body({ schema: contactInputSchema }) input: z.output<typeof contactInputSchema>, @CurrentActor() actor: Actor): Promise<{ items: FollowUp[] }> {
    return { items: await this.followUps.logContact(input, actor) };
  }
}
