import { Controller } from '@nestjs/common';
import { type Appointment, appointmentRoutes, availabilityRoutes, type BodyOf, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentAuthentication, type Authentication } from '../access/signed-in.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { AppointmentsService } from './appointments.service.js';
import { AvailabilityService } from './availability.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

const ruleRefusals = {
  409: {
    description:
      'The artist or room is taken; outside working hours (`workingHours`); outside the session window (`window`); the screening does not allow treatment (`reasons`); or the status change is not allowed',
  },
};

@Controller()
export class AppointmentsController {
  constructor(
    private readonly appointments: AppointmentsService,
    private readonly availability: AvailabilityService,
    private readonly locations: LocationsService,
  ) {}

  @Endpoint(appointmentRoutes.list)
  @Requires('scheduling.read')
  @ApiDoc({
    summary: 'The calendar between two days',
    description: 'Days of a location’s calendar (`locationId`), or of every location the asker works at; `to` inclusive, at most 42 at once; with each client’s screening standing.',
    responses: { 200: { description: 'Appointments by start' } },
  })
  async calendar(
    @RouteQuery(appointmentRoutes.list) query: QueryOf<typeof appointmentRoutes.list>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<{ items: Appointment[] }> {
    return { items: await this.appointments.calendar(query, actor, authentication.staff.role) };
  }

  @Endpoint(appointmentRoutes.book)
  @Idempotent()
  @Requires('scheduling.book')
  @ApiDoc({
    summary: 'Book an appointment',
    description: 'Within the artist’s and the clinic’s hours, a plan session within its window, with a screening valid that day. An owner may pass `override` with a reason.',
    responses: { 201: { description: 'The appointment' }, ...ruleRefusals },
  })
  book(
    @RouteBody(appointmentRoutes.book) input: BodyOf<typeof appointmentRoutes.book>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Appointment> {
    return this.appointments.book(input, actor, authentication.staff.role);
  }

  @Endpoint(appointmentRoutes.get)
  @Requires('scheduling.read')
  @ApiDoc({ summary: 'An appointment with its history', responses: { 200: { description: 'The appointment' }, ...problemResponses.notFound } })
  async get(@RouteParams(appointmentRoutes.get) params: { id: string }, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication) {
    const [appointment, history] = await Promise.all([this.appointments.get(params.id), this.appointments.history(params.id)]);
    await this.locations.assertReachable(actor, authentication.staff.role, appointment.location.id);
    return { ...appointment, history };
  }

  @Endpoint(appointmentRoutes.move)
  @Requires('scheduling.book')
  @ApiDoc({
    summary: 'Move an appointment',
    description: 'To another time, artist or room, under the same rules as booking; moving session n re-checks session n+1.',
    responses: { 200: { description: 'The moved appointment' }, ...problemResponses.notFound, ...ruleRefusals },
  })
  move(
    @RouteParams(appointmentRoutes.move) params: { id: string },
    @RouteBody(appointmentRoutes.move) move: BodyOf<typeof appointmentRoutes.move>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Appointment> {
    return this.appointments.move(params.id, move, actor, authentication.staff.role);
  }

  @Endpoint(appointmentRoutes.setStatus)
  @Requires('scheduling.progress')
  @ApiDoc({
    summary: 'Change an appointment’s status',
    description:
      'booked → confirmed → arrived → in progress; no-show before arrival, cancelled (with a reason; late within 48 hours) until the session starts. Completed comes from recording the session or consultation.',
    responses: { 200: { description: 'The appointment' }, ...problemResponses.notFound, ...ruleRefusals },
  })
  changeStatus(
    @RouteParams(appointmentRoutes.setStatus) params: { id: string },
    @RouteBody(appointmentRoutes.setStatus) change: BodyOf<typeof appointmentRoutes.setStatus>,
    @CurrentActor() actor: Actor,
    @CurrentAuthentication() authentication: Authentication,
  ): Promise<Appointment> {
    return this.appointments.changeStatus(params.id, change, actor, authentication.staff.role);
  }

  @Endpoint(availabilityRoutes.find)
  @Requires('scheduling.read')
  @ApiDoc({
    summary: 'Free start times',
    description:
      'For one artist or any, at one location or every one the asker works at, between two days of each location’s calendar, in the clinic’s slot steps; treatment also needs a free room there.',
    responses: { 200: { description: 'Slots by start' } },
  })
  async slots(@RouteQuery(availabilityRoutes.find) query: QueryOf<typeof availabilityRoutes.find>, @CurrentActor() actor: Actor, @CurrentAuthentication() authentication: Authentication) {
    const locationIds = await this.locations.shownTo(actor, authentication.staff.role, query.locationId);
    return { slots: await this.availability.slots({ ...query, locationIds }), window: null };
  }
}
