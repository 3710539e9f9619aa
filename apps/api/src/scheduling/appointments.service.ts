import { Inject, Injectable } from '@nestjs/common';
import {
  addCalendarDays,
  dateInZone,
  isoWeekday,
  timeInZone,
  isBookingStatus,
  mayChangeStatus,
  roleMay,
  treatsScalp,
  type Appointment,
  type AppointmentKind,
  type AppointmentStatus,
  type StaffRole,
  type TreatmentStyle,
  type appointmentInputSchema,
  type appointmentMoveSchema,
  type appointmentStatusChangeSchema,
  type ClinicSettings,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient, type Appointment as AppointmentRow } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { notFoundProblem, validationProblem, conflictProblem, forbiddenProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { fromTimeColumn } from '../database/column-values.js';
import { assertActiveClient } from '../shared/client-checks.js';
import { assertActiveArtist } from '../staff/active-artist.js';
import { artistCertifications, lapsedCertificationBreach, styleCertificationBreach } from '../staff/artist-certifications.js';
import { EligibilityService } from '../screening/eligibility.service.js';
import { ScreeningStandingQueries } from '../screening/screening-standing.queries.js';
import { AppointmentWriter, clashProblem, HOLDING, type NewAppointment } from './appointment-writer.js';
import { toAppointment, type AppointmentWithPeople } from './appointment-view.js';
import { AppointmentViewQueries } from './appointment-view.queries.js';
import { hoursBreach, windowAfter, windowBreach, type RuleBreach } from './booking-rules.js';
import { assertStatusDue } from './clinical-record-access.js';
import { CalendarFactsQueries, daysInZones, type CalendarFacts } from './calendar-facts.queries.js';
import { completePlanIfDone } from './plan-progress.js';
import { correctionBreaches } from './correction-rules.js';

type BookingInput = z.output<typeof appointmentInputSchema>;
type MoveInput = z.output<typeof appointmentMoveSchema>;
type StatusChange = z.output<typeof appointmentStatusChangeSchema>;

type ConsultationMode = 'in_person' | 'phone' | 'video';

/** The spacing rules of a plan session: after the session before, and before the session after. */
function windowBreaches(settings: ClinicSettings, startsAt: Date, endsAt: Date, session: SessionContext | null): RuleBreach[] {
  if (!session) return [];
  if (session.planStatus !== 'active') throw conflictProblem('Plan not active', 'Book sessions of an active plan: start the plan first');
  return [
    windowBreach(windowAfter(session.previousEndsAt, settings), startsAt, settings.timeZone, session.number),
    session.next ? windowBreach(windowAfter(endsAt, settings), session.next.startsAt, settings.timeZone, session.next.number) : null,
  ].filter((breach): breach is RuleBreach => breach !== null);
}

/** A few minutes' grace for the front desk; earlier than that is recording history, which needs an owner's reason. */
const PAST_GRACE_MS = 15 * 60_000;
function pastBreach(startsAt: Date): RuleBreach | null {
  if (startsAt.getTime() >= Date.now() - PAST_GRACE_MS) return null;
  return conflictProblem('In the past', 'The time has passed: choose a time from now on', { field: 'startsAt', message: 'In the past' });
}

/** A column's value for comparing: instants by their time. */
const valueOf = (value: Date | string | null) => (value instanceof Date ? value.getTime() : value);

function defaultMinutes(settings: ClinicSettings, kind: AppointmentKind): number {
  return {
    consultation: settings.consultationMinutes,
    plan_session: settings.sessionMinutes,
    touch_up: settings.touchUpMinutes,
    maintenance: settings.maintenanceMinutes,
    fade_check: settings.fadeCheckMinutes,
    laser: settings.laserMinutes,
  }[kind];
}

/** What a booking of a plan session depends on: its plan, and the sessions before and after it. */
interface SessionContext {
  number: number;
  style: TreatmentStyle;
  planStatus: string;
  previousEndsAt: Date | null;
  /** The live appointment of session n+1, which a move of session n must keep within its window. */
  next: { number: number; startsAt: Date } | null;
}

/** What the audit trail says of a change a client made themselves, without staff. */
const byClientThrough = (through: string | undefined): Record<string, string | boolean> => (through ? { byClient: true, through } : {});

@Injectable()
export class AppointmentsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly writer: AppointmentWriter,
    private readonly facts: CalendarFactsQueries,
    private readonly views: AppointmentViewQueries,
    private readonly eligibility: EligibilityService,
    private readonly standings: ScreeningStandingQueries,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly locations: LocationsService,
  ) {}

  /**
   * Books after checking every rule: the artist's hours and the clinic's, the
   * spacing window of a plan session, the artist's certifications for treatment,
   * and the client's screening on that day.
   * An owner may book anyway with a written reason. The database refuses
   * overlaps, however many bookings race.
   */
  async book(input: BookingInput, actor: Actor, role: StaffRole): Promise<Appointment> {
    const booking = await this.checkedBooking(input, actor, role);
    const id = await this.database.$transaction(async (transaction) => (await this.write(transaction, booking, actor, input.consultationMode)).appointment.id);
    return this.get(id);
  }

  /**
   * Checks a booking against every rule and returns what to write, for callers
   * that write more in the same transaction (a consultation with its appointment).
   */
  async checkedBooking(input: BookingInput, actor: Actor, role: StaffRole): Promise<NewAppointment> {
    this.assertMayOverride(input.override, role);
    await assertActiveClient(this.database, input.clientId, 'booking', 'clientId');
    await assertActiveArtist(this.database, input.artistId);
    if (input.kind !== 'consultation' && !input.roomId) throw validationProblem([{ field: 'roomId', message: 'Treatment needs a room or chair' }]);
    const roomLocationId = input.roomId ? await this.assertRoom(input.roomId, input.locationId) : null;

    const settings = await this.clinic.get();
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(startsAt.getTime() + (input.durationMinutes ?? defaultMinutes(settings, input.kind)) * 60_000);
    const locationId = roomLocationId ?? (input.locationId ? (await this.locations.inUseOrMain(input.locationId)).id : await this.whereArtistWorks(input.artistId, startsAt));
    await this.locations.assertReachable(actor, role, locationId);
    const session = input.planSessionId ? await this.sessionContext(this.database, input.planSessionId, input.clientId) : null;
    const facts = await this.factsAround(input.artistId, startsAt, endsAt, locationId);
    const correctionPlanId = input.correctionPlanId ?? null;
    const planSessionId = input.planSessionId ?? null;
    // The clinic's rules, on the clock of the location: its days are the ones counted.
    const rules = facts.settings;
    const laserRules = await correctionBreaches(this.database, { kind: input.kind, clientId: input.clientId, correctionPlanId, planSessionId, startsAt, endsAt }, rules);
    const overrideReason = this.overrideFor(
      [
        ...this.breaches(facts, input.artistId, startsAt, endsAt, session, locationId),
        ...laserRules,
        ...(await this.certificationBreaches(this.database, input.kind, input.artistId, startsAt, rules.timeZone, session)),
      ],
      input.override,
    );
    if (treatsScalp(input.kind)) await this.eligibility.assertTreatmentAllowed(input.clientId, dateInZone(startsAt, rules.timeZone), role);
    return {
      kind: input.kind,
      clientId: input.clientId,
      artistId: input.artistId,
      roomId: input.roomId ?? null,
      locationId,
      startsAt,
      endsAt,
      notes: input.notes ?? null,
      overrideReason,
      planSessionId,
      correctionPlanId,
    };
  }

  /**
   * Writes a checked booking with its audit event, and a consultation's record
   * with it. A plan session is checked again under its plan's lock: a move of the
   * session before, or the plan's cancellation, cannot slip in between.
   */
  async write(
    transaction: Transaction,
    booking: NewAppointment,
    actor: Actor,
    consultationMode: ConsultationMode = 'in_person',
    /** How a client booked it themselves, without staff (`online_booking`), for the audit trail. */
    through?: string,
  ): Promise<{ appointment: AppointmentRow; consultationId: string | null }> {
    await this.assertLocationInUse(transaction, booking.locationId);
    const settings = await this.rulesAt(booking.locationId);
    const session = booking.planSessionId ? await this.sessionContext(transaction, booking.planSessionId, booking.clientId, { lockPlan: true }) : null;
    const breach = [
      ...windowBreaches(settings, booking.startsAt, booking.endsAt, session),
      ...(await correctionBreaches(transaction, { ...booking, correctionPlanId: booking.correctionPlanId ?? null, planSessionId: booking.planSessionId ?? null }, settings, {
        lockPlan: true,
      })),
    ][0];
    if (breach && !booking.overrideReason) throw breach;
    const created = await this.writer.book(transaction, booking, actor);
    const consultation =
      booking.kind === 'consultation' ? await transaction.consultation.create({ data: { clientId: booking.clientId, appointmentId: created.id, mode: consultationMode } }) : null;
    await this.audit.record(transaction, actor, {
      action: 'appointment.book',
      clientId: booking.clientId,
      entityType: 'appointment',
      entityId: created.id,
      details: {
        kind: booking.kind,
        ...(booking.overrideReason ? { overrideReason: booking.overrideReason } : {}),
        ...byClientThrough(through),
      },
    });
    return { appointment: created, consultationId: consultation?.id ?? null };
  }

  /** Moves in time, to another artist or room, keeping the history; session n's move re-checks session n+1. */
  async move(appointmentId: string, move: MoveInput, actor: Actor, role: StaffRole): Promise<Appointment> {
    this.assertMayOverride(move.override, role);
    await this.database
      .$transaction(async (transaction) => {
        const current = await this.writer.lock(transaction, appointmentId);
        if (!current) throw notFoundProblem('The appointment');
        if (current.status !== 'booked' && current.status !== 'confirmed') {
          throw conflictProblem('Cannot move', `An appointment that is ${current.status.replace('_', ' ')} stays where it is`);
        }
        const artistId = move.artistId ?? current.artistId;
        const roomId = move.roomId === undefined ? current.roomId : move.roomId;
        if (move.artistId) await assertActiveArtist(this.database, artistId);
        await this.locations.assertReachable(actor, role, current.locationId);
        // Another room may be at another location: the appointment goes with it.
        const locationId = roomId ? await this.assertRoom(roomId) : current.locationId;
        await this.locations.assertReachable(actor, role, locationId);
        if (current.kind !== 'consultation' && !roomId) throw validationProblem([{ field: 'roomId', message: 'Treatment needs a room or chair' }]);
        const startsAt = move.startsAt ? new Date(move.startsAt) : current.startsAt;
        const minutes = move.durationMinutes ?? Math.round((current.endsAt.getTime() - current.startsAt.getTime()) / 60_000);
        const endsAt = new Date(startsAt.getTime() + minutes * 60_000);
        const session = current.planSessionId ? await this.sessionContext(transaction, current.planSessionId, current.clientId, { lockPlan: true, moving: appointmentId }) : null;
        const facts = await this.factsAround(artistId, startsAt, endsAt, locationId, appointmentId);
        const laserRules = await correctionBreaches(transaction, { ...current, kind: current.kind as AppointmentKind, startsAt, endsAt, moving: appointmentId }, facts.settings, {
          lockPlan: true,
        });
        const overrideReason = this.overrideFor(
          [
            ...this.breaches(facts, artistId, startsAt, endsAt, session, locationId),
            ...laserRules,
            ...(await this.certificationBreaches(transaction, current.kind, artistId, startsAt, facts.settings.timeZone, session)),
          ],
          move.override,
        );
        if (current.kind !== 'consultation' && dateInZone(startsAt, facts.settings.timeZone) !== dateInZone(current.startsAt, facts.settings.timeZone)) {
          await this.eligibility.assertTreatmentAllowed(current.clientId, dateInZone(startsAt, facts.settings.timeZone), role);
        }
        if (locationId !== current.locationId) await this.assertLocationInUse(transaction, locationId);
        const moved = await this.writer.move(
          transaction,
          current,
          { artistId, roomId, locationId, startsAt, endsAt, ...(overrideReason ? { overrideReason } : {}) },
          actor,
          [move.reason, overrideReason && `Override: ${overrideReason}`].filter(Boolean).join(' — ') || null,
        );
        await this.auditMove(transaction, actor, current, moved, { overrideReason });
      })
      .catch((error: unknown) => {
        throw clashProblem(error) ?? error;
      });
    return this.get(appointmentId);
  }

  /**
   * Moves an appointment to start at `startsAt`, keeping its length, artist and
   * room, inside the caller's transaction: a consultation taking place before its
   * booked time, or a client moving their booking online. Clashes are still the
   * database's to refuse.
   */
  async moveToStart(
    transaction: Transaction,
    current: AppointmentRow,
    startsAt: Date,
    actor: Actor,
    reason: string,
    /** How a client moved it themselves, without staff (`online_booking`), for the audit trail. */
    through?: string,
  ): Promise<AppointmentRow> {
    const endsAt = new Date(startsAt.getTime() + current.endsAt.getTime() - current.startsAt.getTime());
    const moved = await this.writer.move(transaction, current, { artistId: current.artistId, roomId: current.roomId, locationId: current.locationId, startsAt, endsAt }, actor, reason);
    await this.auditMove(transaction, actor, current, moved, { through });
    return moved;
  }

  private async auditMove(
    transaction: Transaction,
    actor: Actor,
    before: AppointmentRow,
    after: AppointmentRow,
    why: { overrideReason?: string | null; through?: string | undefined },
  ): Promise<void> {
    const fields = ['startsAt', 'endsAt', 'artistId', 'roomId', 'locationId'] as const;
    await this.audit.record(transaction, actor, {
      action: 'appointment.move',
      clientId: before.clientId,
      entityType: 'appointment',
      entityId: before.id,
      changedFields: fields.filter((field) => valueOf(before[field]) !== valueOf(after[field])),
      details: { ...(why.overrideReason ? { overrideReason: why.overrideReason } : {}), ...byClientThrough(why.through) },
    });
  }

  /**
   * Front-desk steps and their end: arrived, in progress, completed, no-show,
   * cancelled. Artists move only their own; arrived and in progress wait for the
   * appointment's day.
   */
  async changeStatus(appointmentId: string, change: StatusChange, actor: Actor, role: StaffRole): Promise<Appointment> {
    await this.database.$transaction(async (transaction) => {
      const current = await this.writer.lock(transaction, appointmentId);
      if (!current) throw notFoundProblem('The appointment');
      await this.locations.assertReachable(actor, role, current.locationId);
      // "Its day" is the day on the clock of where it takes place.
      const { timeZone } = await this.locations.get(current.locationId);
      if (!mayChangeStatus({ role, staffId: actor.staffId ?? '' }, change.status, current.artistId)) {
        throw forbiddenProblem(isBookingStatus(change.status) ? 'Reception or an owner confirms and cancels appointments' : 'Artists change only their own appointments');
      }
      if (change.status === 'completed') {
        throw conflictProblem(
          'Record it to complete it',
          current.kind === 'consultation'
            ? 'A consultation is completed by recording it on its consultation page'
            : current.kind === 'fade_check'
              ? 'A fade check is completed by recording its fade assessment'
              : 'A session is completed by recording it: pigments, lots and needle are part of the record',
        );
      }
      assertStatusDue(change.status, current.startsAt, timeZone);
      if (change.status === 'in_progress' && treatsScalp(current.kind)) {
        // The screening must allow treatment on the day it actually happens, not only on the day it was booked.
        await this.eligibility.assertTreatmentAllowed(current.clientId, dateInZone(current.startsAt, timeZone), role);
      }
      const updated = await this.writeStatus(transaction, current, change.status, actor, change.reason);
      if (updated.status === 'completed') await completePlanIfDone(transaction, this.audit, updated, actor);
    });
    return this.get(appointmentId);
  }

  /**
   * Changes a locked appointment's status inside the caller's transaction, with its
   * audit event: a front-desk step, or a client cancelling through their link.
   */
  async writeStatus(
    transaction: Transaction,
    current: AppointmentRow,
    to: AppointmentStatus,
    actor: Actor,
    reason: string | undefined,
    /** How a client changed it themselves, without staff (`online_booking`), for the audit trail. */
    through?: string,
  ): Promise<AppointmentRow> {
    const updated = await this.writer.changeStatus(transaction, current, to, actor, reason);
    await this.audit.record(transaction, actor, {
      action: 'appointment.status',
      clientId: current.clientId,
      entityType: 'appointment',
      entityId: current.id,
      changedFields: ['status'],
      details: { from: current.status, to, ...(updated.lateCancellation ? { late: true } : {}), ...byClientThrough(through) },
    });
    return updated;
  }

  async get(appointmentId: string): Promise<Appointment> {
    const row = await this.views.one(appointmentId);
    if (!row) throw notFoundProblem('The appointment');
    return (await this.withScreening([row]))[0]!;
  }

  async history(appointmentId: string) {
    const events = await this.database.appointmentEvent.findMany({
      where: { appointmentId },
      include: { staff: { select: { id: true, name: true } } },
      orderBy: { id: 'asc' },
    });
    return events.map((event) => ({
      occurredAt: event.occurredAt.toISOString(),
      staff: event.staff,
      change: event.change as 'booked' | 'moved' | 'status' | 'reschedule_requested',
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      fromStartsAt: event.fromStartsAt?.toISOString() ?? null,
      toStartsAt: event.toStartsAt?.toISOString() ?? null,
      reason: event.reason,
    }));
  }

  /**
   * The calendar between two days, cancelled ones included for the record: of one
   * location, on its clock, or of every location the asker works at, from the first
   * of their midnights to the last.
   */
  async calendar(query: { from: string; to: string; artistId?: string | undefined; locationId?: string | undefined }, actor: Actor, role: StaffRole): Promise<Appointment[]> {
    const only = await this.locations.shownTo(actor, role, query.locationId);
    const shown = (await this.locations.all()).filter((location) => !only || only.has(location.id));
    const window = daysInZones(query.from, query.to, shown.length > 0 ? shown.map((location) => location.timeZone) : [(await this.clinic.get()).timeZone]);
    const rows = await this.views.calendar(window, { artistId: query.artistId, locationIds: only && [...only] });
    return this.withScreening(rows);
  }

  private async withScreening(rows: AppointmentWithPeople[]): Promise<Appointment[]> {
    const statuses = await this.standings.statuses([...new Set(rows.map((row) => row.clientId))]);
    return rows.map((row) => toAppointment(row, statuses.get(row.clientId)!));
  }

  private breaches(facts: CalendarFacts, artistId: string, startsAt: Date, endsAt: Date, session: SessionContext | null, locationId: string): RuleBreach[] {
    return [
      pastBreach(startsAt),
      hoursBreach(facts, artistId, { start: startsAt.getTime(), end: endsAt.getTime() }, locationId),
      ...windowBreaches(facts.settings, startsAt, endsAt, session),
    ].filter((breach): breach is RuleBreach => breach !== null);
  }

  /** Treatment needs an artist whose required certifications hold on the day, and, for a high-risk style, one covering it. */
  private async certificationBreaches(
    database: Database | Transaction,
    kind: string,
    artistId: string,
    startsAt: Date,
    timeZone: string,
    session: SessionContext | null,
  ): Promise<RuleBreach[]> {
    if (kind === 'consultation') return [];
    const certifications = await artistCertifications(database, artistId);
    const day = dateInZone(startsAt, timeZone);
    return [lapsedCertificationBreach(certifications, day), session ? styleCertificationBreach(certifications, session.style, day) : null].filter(
      (breach): breach is RuleBreach => breach !== null,
    );
  }

  /** The first broken rule, unless an owner gave a reason to book anyway. */
  private overrideFor(breaches: RuleBreach[], override: { reason: string } | undefined): string | null {
    if (breaches.length === 0) return null;
    if (!override) throw breaches[0]!;
    return override.reason;
  }

  private assertMayOverride(override: { reason: string } | undefined, role: StaffRole): void {
    if (override && !roleMay(role, 'scheduling.override')) {
      throw forbiddenProblem('Only an owner may book outside the rules');
    }
  }

  /**
   * The facts of the days an appointment touches at its location, and the day before
   * (its hours may start the evening before in UTC); their settings are the clinic's
   * rules on the location's clock.
   */
  private async factsAround(artistId: string, startsAt: Date, endsAt: Date, locationId: string, ignoreAppointmentId?: string): Promise<CalendarFacts> {
    const rules = await this.rulesAt(locationId);
    const from = dateInZone(startsAt, rules.timeZone);
    const facts = await this.facts.load({ ids: [artistId] }, addCalendarDays(from, -1), dateInZone(endsAt, rules.timeZone), {
      ignoreAppointmentId,
      locationIds: new Set([locationId]),
    });
    return { ...facts, settings: rules };
  }

  /** The clinic's rules on the clock of a location: the days they count are that location's. */
  private async rulesAt(locationId: string): Promise<ClinicSettings> {
    const [settings, location] = await Promise.all([this.clinic.get(), this.locations.get(locationId)]);
    return { ...settings, timeZone: location.timeZone };
  }

  /**
   * Holds the location for the rest of the transaction (its archiving waits, or has
   * committed and is seen): nothing is booked at a location taken out of use meanwhile.
   */
  private async assertLocationInUse(transaction: Transaction, locationId: string): Promise<void> {
    const [location] = await transaction.$queryRaw<{ archived: boolean }[]>`SELECT archived_at IS NOT NULL AS archived FROM locations WHERE id = ${locationId}::uuid FOR SHARE`;
    if (!location || location.archived) throw conflictProblem('Location out of use', 'The location is no longer in use: book at another');
  }

  /**
   * Where a booking without a room takes place: the location whose hours the artist
   * works at that moment, on that location's clock; else the main location.
   */
  private async whereArtistWorks(artistId: string, startsAt: Date): Promise<string> {
    const [hours, locations] = await Promise.all([this.database.artistWorkingHours.findMany({ where: { staffId: artistId } }), this.locations.inUse()]);
    const working = locations.find((location) => {
      const weekday = isoWeekday(dateInZone(startsAt, location.timeZone));
      const time = timeInZone(startsAt, location.timeZone);
      return hours.some((row) => row.locationId === location.id && row.weekday === weekday && fromTimeColumn(row.starts) <= time && time < fromTimeColumn(row.ends));
    });
    return working?.id ?? (await this.locations.main()).id;
  }

  /**
   * The plan around a session. `lockPlan` (inside a transaction) holds the plan's
   * row until commit; `moving` names the appointment being moved, which may keep
   * the session's place.
   */
  private async sessionContext(database: Database | Transaction, planSessionId: string, clientId: string, options: { lockPlan?: boolean; moving?: string } = {}): Promise<SessionContext> {
    if (options.lockPlan) {
      await database.$queryRaw`SELECT id FROM treatment_plans WHERE id = (SELECT plan_id FROM plan_sessions WHERE id = ${planSessionId}::uuid) FOR UPDATE`;
    }
    const session = await database.planSession.findUnique({
      where: { id: planSessionId },
      include: { plan: { include: { sessions: { include: { appointments: { where: { status: HOLDING }, select: { id: true, startsAt: true, endsAt: true } } } } } } },
    });
    if (!session || session.plan.clientId !== clientId) throw validationProblem([{ field: 'planSessionId', message: 'Not a session of this client’s plans' }]);
    const byNumber = new Map(session.plan.sessions.map((candidate) => [candidate.number, candidate.appointments[0] ?? null]));
    const own = byNumber.get(session.number);
    if (own && own.id !== options.moving) throw conflictProblem('Already booked', `Session ${session.number} of this plan is booked already; move that appointment instead`);
    const previous = session.number > 1 ? byNumber.get(session.number - 1) : null;
    if (session.number > 1 && !previous) {
      throw conflictProblem('Session before not booked', `Book session ${session.number - 1} first: session ${session.number} follows it by 1 to 4 weeks`);
    }
    const next = byNumber.get(session.number + 1);
    return {
      number: session.number,
      style: session.plan.style as TreatmentStyle,
      planStatus: session.plan.status,
      previousEndsAt: previous?.endsAt ?? null,
      next: next ? { number: session.number + 1, startsAt: next.startsAt } : null,
    };
  }

  /** A room in use, at a location in use (the one asked for, if any): returns its location. */
  private async assertRoom(roomId: string, locationId?: string): Promise<string> {
    const room = await this.database.room.findUnique({ where: { id: roomId }, select: { archivedAt: true, locationId: true, location: { select: { archivedAt: true } } } });
    if (!room || room.archivedAt || room.location.archivedAt) throw validationProblem([{ field: 'roomId', message: 'Choose a room in use' }]);
    if (locationId !== undefined && room.locationId !== locationId) throw validationProblem([{ field: 'roomId', message: 'Choose a room at the appointment’s location' }]);
    return room.locationId;
  }
}
