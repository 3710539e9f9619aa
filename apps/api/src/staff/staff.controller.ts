import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  certificationInputSchema,
  certificationParamsSchema,
  passwordResetSchema,
  staffIdParamsSchema,
  staffInputSchema,
  staffListQuerySchema,
  staffPageSchema,
  staffPatchSchema,
  staffSchema,
  type Page,
  type Staff,
} from '@smp/contracts';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { StaffService } from './staff.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const oneStaff = (description: string) => ({ description, schema: staffSchema });
const lastOwner = { 409: { description: 'The clinic would be left without an active owner' } };

/** Staff accounts: owners only. */
@Controller('staff')
@Requires('staff.manage')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiDoc({
    summary: 'List staff',
    description: 'Sorted by name. Active staff unless `status` asks for others.',
    responses: { 200: { description: 'One page of staff', schema: staffPageSchema } },
  })
  list(@Query({ schema: staffListQuerySchema }) query: z.output<typeof staffListQuerySchema>): Promise<Page<Staff>> {
    return this.staff.list(query);
  }

  @Post()
  @Idempotent()
  @ApiDoc({
    summary: 'Add a staff member',
    responses: { 201: oneStaff('The new staff member'), 409: { description: 'The email is taken' } },
  })
  create(@Body({ schema: staffInputSchema }) input: z.output<typeof staffInputSchema>, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.create(input, actor);
  }

  @Get(':id')
  @ApiDoc({ summary: 'Read a staff member', responses: { 200: oneStaff('The staff member'), ...problemResponses.notFound } })
  get(@Param({ schema: staffIdParamsSchema }) params: { id: string }): Promise<Staff> {
    return this.staff.get(params.id);
  }

  @Patch(':id')
  @ApiDoc({
    summary: 'Change name, email or role',
    responses: { 200: oneStaff('The changed staff member'), ...problemResponses.notFound, ...lastOwner },
  })
  update(
    @Param({ schema: staffIdParamsSchema }) params: { id: string },
    @Body({ schema: staffPatchSchema }) patch: z.output<typeof staffPatchSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Staff> {
    return this.staff.update(params.id, patch, actor);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiDoc({
    summary: 'Deactivate a staff member',
    description: 'They can no longer sign in, and their open sessions and tokens end at once. Nothing is deleted.',
    responses: { 200: oneStaff('The deactivated staff member'), ...problemResponses.notFound, ...lastOwner },
  })
  deactivate(@Param({ schema: staffIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.deactivate(params.id, actor);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiDoc({ summary: 'Reactivate a staff member', responses: { 200: oneStaff('The staff member'), ...problemResponses.notFound } })
  reactivate(@Param({ schema: staffIdParamsSchema }) params: { id: string }, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.reactivate(params.id, actor);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiDoc({
    summary: 'Set a new password for a staff member',
    description: 'Ends their open sessions and tokens.',
    responses: { 204: { description: 'Set' }, ...problemResponses.notFound },
  })
  resetPassword(
    @Param({ schema: staffIdParamsSchema }) params: { id: string },
    @Body({ schema: passwordResetSchema }) body: z.output<typeof passwordResetSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.staff.resetPassword(params.id, body.newPassword, actor);
  }

  @Post(':id/certifications')
  @Idempotent()
  @ApiDoc({
    summary: 'Record an artist’s certification',
    responses: { 201: oneStaff('The artist with the certification'), ...problemResponses.notFound, 409: { description: 'Not an artist' } },
  })
  addCertification(
    @Param({ schema: staffIdParamsSchema }) params: { id: string },
    @Body({ schema: certificationInputSchema }) input: z.output<typeof certificationInputSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Staff> {
    return this.staff.addCertification(params.id, input, actor);
  }

  @Delete(':id/certifications/:certificationId')
  @ApiDoc({
    summary: 'Remove a certification from an artist’s current list',
    description: 'It stays on file for the history.',
    responses: { 200: oneStaff('The artist'), ...problemResponses.notFound },
  })
  removeCertification(
    @Param({ schema: certificationParamsSchema }) params: z.output<typeof certificationParamsSchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Staff> {
    return this.staff.removeCertification(params.id, params.certificationId, actor);
  }
}
