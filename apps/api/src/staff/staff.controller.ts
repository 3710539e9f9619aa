import { Controller } from '@nestjs/common';
import { type Page, type Staff, staffRoutes, type BodyOf, type ParamsOf, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { StaffService } from './staff.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const lastOwner = { 409: { description: 'The clinic would be left without an active owner' } };

/** Staff accounts: owners only. */
@Controller()
@Requires('staff.manage')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Endpoint(staffRoutes.list)
  @ApiDoc({
    summary: 'List staff',
    description: 'Sorted by name. Active staff unless `status` asks for others.',
    responses: { 200: { description: 'One page of staff' } },
  })
  list(@RouteQuery(staffRoutes.list) query: QueryOf<typeof staffRoutes.list>): Promise<Page<Staff>> {
    return this.staff.list(query);
  }

  @Endpoint(staffRoutes.create)
  @Idempotent()
  @ApiDoc({
    summary: 'Add a staff member',
    responses: { 201: { description: 'The new staff member' }, 409: { description: 'The email is taken' } },
  })
  create(@RouteBody(staffRoutes.create) input: BodyOf<typeof staffRoutes.create>, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.create(input, actor);
  }

  @Endpoint(staffRoutes.get)
  @ApiDoc({ summary: 'Read a staff member', responses: { 200: { description: 'The staff member' }, ...problemResponses.notFound } })
  get(@RouteParams(staffRoutes.get) params: { id: string }): Promise<Staff> {
    return this.staff.get(params.id);
  }

  @Endpoint(staffRoutes.update)
  @ApiDoc({
    summary: 'Change name, email or role',
    responses: { 200: { description: 'The changed staff member' }, ...problemResponses.notFound, ...lastOwner },
  })
  update(@RouteParams(staffRoutes.update) params: { id: string }, @RouteBody(staffRoutes.update) patch: BodyOf<typeof staffRoutes.update>, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.update(params.id, patch, actor);
  }

  @Endpoint(staffRoutes.deactivate)
  @ApiDoc({
    summary: 'Deactivate a staff member',
    description: 'They can no longer sign in, and their open sessions and tokens end at once. Nothing is deleted.',
    responses: { 200: { description: 'The deactivated staff member' }, ...problemResponses.notFound, ...lastOwner },
  })
  deactivate(@RouteParams(staffRoutes.deactivate) params: { id: string }, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.deactivate(params.id, actor);
  }

  @Endpoint(staffRoutes.reactivate)
  @ApiDoc({ summary: 'Reactivate a staff member', responses: { 200: { description: 'The staff member' }, ...problemResponses.notFound } })
  reactivate(@RouteParams(staffRoutes.reactivate) params: { id: string }, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.reactivate(params.id, actor);
  }

  @Endpoint(staffRoutes.setPassword)
  @ApiDoc({
    summary: 'Set a new password for a staff member',
    description: 'Ends their open sessions and tokens.',
    responses: { 204: { description: 'Set' }, ...problemResponses.notFound },
  })
  resetPassword(
    @RouteParams(staffRoutes.setPassword) params: { id: string },
    @RouteBody(staffRoutes.setPassword) body: BodyOf<typeof staffRoutes.setPassword>,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    return this.staff.resetPassword(params.id, body.newPassword, actor);
  }

  @Endpoint(staffRoutes.addCertification)
  @Idempotent()
  @ApiDoc({
    summary: 'Record an artist’s certification',
    responses: { 201: { description: 'The artist with the certification' }, ...problemResponses.notFound, 409: { description: 'Not an artist' } },
  })
  addCertification(
    @RouteParams(staffRoutes.addCertification) params: { id: string },
    @RouteBody(staffRoutes.addCertification) input: BodyOf<typeof staffRoutes.addCertification>,
    @CurrentActor() actor: Actor,
  ): Promise<Staff> {
    return this.staff.addCertification(params.id, input, actor);
  }

  @Endpoint(staffRoutes.removeCertification)
  @ApiDoc({
    summary: 'Remove a certification from an artist’s current list',
    description: 'It stays on file for the history.',
    responses: { 200: { description: 'The artist' }, ...problemResponses.notFound },
  })
  removeCertification(@RouteParams(staffRoutes.removeCertification) params: ParamsOf<typeof staffRoutes.removeCertification>, @CurrentActor() actor: Actor): Promise<Staff> {
    return this.staff.removeCertification(params.id, params.certificationId, actor);
  }

  @Endpoint(staffRoutes.overrideCertification)
  @Idempotent()
  @ApiDoc({
    summary: 'Let an artist work on past a certification’s expiry',
    description: 'With a reason, until a day at most a year ahead; audited. Bookings and session records then accept the expired certification until that day.',
    responses: { 201: { description: 'The artist' }, ...problemResponses.notFound },
  })
  overrideCertification(
    @RouteParams(staffRoutes.overrideCertification) params: ParamsOf<typeof staffRoutes.overrideCertification>,
    @RouteBody(staffRoutes.overrideCertification) input: BodyOf<typeof staffRoutes.overrideCertification>,
    @CurrentActor() actor: Actor,
  ): Promise<Staff> {
    return this.staff.overrideCertification(params.id, params.certificationId, input, actor);
  }
}
