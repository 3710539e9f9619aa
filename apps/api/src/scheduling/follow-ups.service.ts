import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, windowUrgency, zonedInstant, FOLLOW_UP_URGENCIES, type FollowUp, type contactInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { existingClient } from '../shared/client-checks.js';
import { ScreeningStandingQueries } from '../screening/screening-standing.queries.js';
import { nextSessionToBook } from './plan-progress.js';
import { HOLDING } from './appointment-writer.js';
import { MaintenanceRecallQueries } from './maintenance-recall.queries.js';
import { OverdueDepositsQueries } from './overdue-deposits.queries.js';

const urgencyOrder = (urgency: FollowUp['urgency']) => FOLLOW_UP_URGENCIES.indexOf(urgency);

type Candidate = Omit<FollowUp, 'lastContact' | 'client' | 'locationId'> & { clientId: string };

/**
 * Reception's queue: reschedule requests, booked plans whose deposit is overdue
 * (the booking stands: reception calls), active plans whose next session is not
 * booked, most urgent window first, then clients due for maintenance, each with the last contact so
 * that two receptionists do not call the same client.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly standings: ScreeningStandingQueries,
    private readonly audit: AuditService,
    private readonly recalls: MaintenanceRecallQueries,
    private readonly deposits: OverdueDepositsQueries,
    private readonly locations: LocationsService,
  ) {}

  /**
   * As of `onDate` (clinic calendar), today when not given; only what is followed up
   * at `locations` when given.
   */
  async queue(onDate?: string, locations?: ReadonlySet<string>): Promise<FollowUp[]> {
    const settings = await this.clinic.get();
    const now = new Date();
    const today = onDate ?? dateInZone(now, settings.timeZone);
    // Deposits fall due at an instant: today's queue judges them now, another day's as that day begins.
    const depositsAsOf = today === dateInZone(now, settings.timeZone) ? now : zonedInstant(today, '00:00', settings.timeZone);
    const [rescheduleRequests, active, dueRecalls, overdueDeposits] = await Promise.all([
      this.database.appointment.findMany({
        where: { rescheduleRequestedAt: { not: null }, status: HOLDING, client: { archivedAt: null } },
        orderBy: { rescheduleRequestedAt: 'asc' },
        include: { planSession: { select: { plan: { select: { id: true, style: true, artistId: true } } } } },
      }),
      this.database.treatmentPlan.findMany({
        where: { status: 'active', client: { archivedAt: null } },
        include: { sessions: { orderBy: { number: 'asc' }, include: { appointments: { where: { status: HOLDING }, select: { endsAt: true } } } } },
      }),
      this.recalls.dueBy(today, settings),
      this.deposits.overdue(settings.timeZone, depositsAsOf),
    ]);

    const candidates: Candidate[] = rescheduleRequests.map((appointment) => {
      const plan = appointment.planSession?.plan;
      return {
        kind: 'reschedule_request',
        urgency: 'reschedule_requested',
        clientId: appointment.clientId,
        plan: plan ? { ...plan, style: plan.style as NonNullable<FollowUp['plan']>['style'] } : null,
        appointment: {
          id: appointment.id,
          startsAt: appointment.startsAt.toISOString(),
          requestedAt: appointment.rescheduleRequestedAt!.toISOString(),
          note: appointment.rescheduleRequestNote,
        },
        session: null,
        window: null,
        dueSince: null,
        deposit: null,
      };
    });
    for (const { clientId, plan, appointment, deposit } of overdueDeposits) {
      candidates.push({
        kind: 'deposit_overdue',
        urgency: 'deposit_overdue',
        clientId,
        plan: { ...plan, style: plan.style as NonNullable<FollowUp['plan']>['style'] },
        appointment: { id: appointment.id, startsAt: appointment.startsAt.toISOString(), requestedAt: deposit.dueAt, note: null },
        session: null,
        window: null,
        dueSince: null,
        deposit,
      });
    }
    for (const plan of active) {
      const next = nextSessionToBook(plan.sessions, settings);
      if (typeof next === 'string') continue;
      const { session, window } = next;
      candidates.push({
        kind: 'next_session',
        urgency: window ? windowUrgency(window, today) : 'first_session',
        clientId: plan.clientId,
        plan: { id: plan.id, style: plan.style as NonNullable<FollowUp['plan']>['style'], artistId: plan.artistId },
        appointment: null,
        session: { id: session.id, number: session.number },
        window,
        dueSince: null,
        deposit: null,
      });
    }
    for (const { clientId, plan, recall } of dueRecalls) {
      candidates.push({
        kind: 'maintenance',
        urgency: 'maintenance_due',
        clientId,
        plan: { ...plan, style: plan.style as NonNullable<FollowUp['plan']>['style'] },
        appointment: null,
        session: null,
        window: null,
        dueSince: recall.dueOn,
        deposit: null,
      });
    }
    candidates.sort(
      (a, b) =>
        urgencyOrder(a.urgency) - urgencyOrder(b.urgency) ||
        (a.appointment?.requestedAt ?? a.window?.closesOn ?? a.dueSince ?? '').localeCompare(b.appointment?.requestedAt ?? b.window?.closesOn ?? b.dueSince ?? ''),
    );

    const located = await this.withLocations(candidates);
    const shown = locations ? located.filter((candidate) => locations.has(candidate.locationId)) : located;
    const clientIds = [...new Set(shown.map((candidate) => candidate.clientId))];
    const [clients, contacts, statuses] = await Promise.all([
      this.database.client.findMany({ where: { id: { in: clientIds } }, select: { id: true, firstName: true, lastName: true, phone: true, email: true } }),
      this.database.followUpContact.findMany({
        where: { clientId: { in: clientIds } },
        distinct: ['clientId'],
        orderBy: [{ clientId: 'asc' }, { contactedAt: 'desc' }],
        include: { staff: { select: { id: true, name: true } } },
      }),
      this.standings.statuses(clientIds),
    ]);
    const clientById = new Map(clients.map((client) => [client.id, client]));
    const contactByClient = new Map(contacts.map((contact) => [contact.clientId, contact]));
    return shown.map(({ clientId, ...candidate }) => {
      const client = clientById.get(clientId)!;
      const contact = contactByClient.get(clientId);
      return {
        ...candidate,
        client: { id: client.id, name: `${client.firstName} ${client.lastName}`, phone: client.phone, email: client.email, screening: statuses.get(clientId)! },
        lastContact: contact
          ? {
              id: contact.id,
              channel: contact.channel as 'phone',
              outcome: contact.outcome as 'booked',
              note: contact.note,
              staff: contact.staff,
              contactedAt: contact.contactedAt.toISOString(),
            }
          : null,
      };
    });
  }

  /**
   * Where each candidate is followed up: its appointment's location, else where its
   * client was last booked (not cancelled, at a location still in use), else the main
   * location. Two queries, whatever the queue's length.
   */
  private async withLocations(candidates: Candidate[]): Promise<(Candidate & { locationId: string })[]> {
    const appointmentIds = candidates.flatMap((candidate) => (candidate.appointment ? [candidate.appointment.id] : []));
    const clientIds = [...new Set(candidates.filter((candidate) => !candidate.appointment).map((candidate) => candidate.clientId))];
    const [byAppointment, byClient, main] = await Promise.all([
      this.database.$queryRaw<{ id: string; location_id: string }[]>`SELECT id, location_id FROM appointments WHERE id = ANY(${appointmentIds}::uuid[])`,
      this.database.$queryRaw<{ client_id: string; location_id: string }[]>`
        SELECT DISTINCT ON (a.client_id) a.client_id, a.location_id FROM appointments a
          JOIN locations location ON location.id = a.location_id AND location.archived_at IS NULL
         WHERE a.client_id = ANY(${clientIds}::uuid[]) AND a.status <> 'cancelled'
         ORDER BY a.client_id, a.starts_at DESC`,
      this.locations.main(),
    ]);
    const appointmentLocation = new Map(byAppointment.map((row) => [row.id, row.location_id]));
    const clientLocation = new Map(byClient.map((row) => [row.client_id, row.location_id]));
    return candidates.map((candidate) => ({
      ...candidate,
      locationId: (candidate.appointment ? appointmentLocation.get(candidate.appointment.id) : clientLocation.get(candidate.clientId)) ?? main.id,
    }));
  }

  /** Logs a contact; answers with the queue as it now stands, at `locations` when given. */
  async logContact(input: z.output<typeof contactInputSchema>, actor: Actor, locations?: ReadonlySet<string>): Promise<FollowUp[]> {
    await existingClient(this.database, input.clientId, 'clientId');
    if (input.planId && !(await this.database.treatmentPlan.findFirst({ where: { id: input.planId, clientId: input.clientId }, select: { id: true } }))) {
      throw validationProblem([{ field: 'planId', message: 'Not a plan of this client' }]);
    }
    await this.database.$transaction(async (transaction) => {
      const contact = await transaction.followUpContact.create({
        data: { clientId: input.clientId, planId: input.planId ?? null, channel: input.channel, outcome: input.outcome, note: input.note ?? null, staffId: actor.staffId! },
      });
      await this.audit.record(transaction, actor, { action: 'follow_up.contact', clientId: input.clientId, entityType: 'follow_up_contact', entityId: contact.id });
    });
    return this.queue(undefined, locations);
  }
}
