import { Injectable } from '@nestjs/common';
import { HOLDING_STATUSES, mayMoveTo, type AppointmentKind, type AppointmentStatus } from '@smp/contracts';
import type { Appointment as AppointmentRow } from '../generated/prisma/client.js';
import type { Transaction } from '../database/database.js';
import { refusingConstraint } from '../http/error-to-problem.js';
import { conflictProblem, type ProblemException } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { MessageOutbox } from '../messaging/message-outbox.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';

export interface NewAppointment {
  kind: AppointmentKind;
  clientId: string;
  artistId: string;
  roomId: string | null;
  locationId: string;
  startsAt: Date;
  endsAt: Date;
  notes?: string | null;
  overrideReason?: string | null;
  planSessionId?: string | null;
  correctionPlanId?: string | null;
}

/** Appointments that hold their time: the filter every "is it booked?" question uses. */
export const HOLDING = { in: [...HOLDING_STATUSES] };

/** Once the client has come (or not), there is nothing left to remind them of or prepare them for. */
const CLOSING_STATUSES: readonly AppointmentStatus[] = ['arrived', 'in_progress', 'completed', 'no_show'];

/**
 * Who a history event names: the staff member, or, with no one signed in, the
 * client acting through a link in their reminder.
 */
function eventActor(actor: Actor): { staffId: string | null; byClient: boolean } {
  return { staffId: actor.staffId, byClient: actor.staffId === null };
}

/** Cancelling this close to the start counts as late, for the no-show and cancellation reports. */
export const LATE_CANCELLATION_HOURS = 48;

/** The database refused an overlap: say whose time is taken. */
const clashes: Record<string, { title: string; detail: string; field: string; message: string }> = {
  appointments_artist_free: { title: 'The artist is already booked', detail: 'The artist has another appointment at that time', field: 'artistId', message: 'Already booked at that time' },
  appointments_room_free: { title: 'The room is already booked', detail: 'The room holds another appointment at that time', field: 'roomId', message: 'Already in use at that time' },
  appointments_client_free: { title: 'The client is already booked', detail: 'The client has another appointment at that time', field: 'startsAt', message: 'The client is booked then' },
};

export function clashProblem(error: unknown): ProblemException | null {
  const constraint = refusingConstraint(error, /appointments_(artist|room|client)_free/);
  const clash = constraint ? clashes[constraint] : undefined;
  if (!clash) return null;
  return conflictProblem(clash.title, clash.detail, { field: clash.field, message: clash.message });
}

/**
 * The one place appointments are written, inside the caller's transaction, each
 * change with its history event. Overlaps are refused by the database's
 * exclusion constraints, so two bookings at the same moment cannot both win.
 * The messages each change causes the client are scheduled (or withdrawn) in the
 * same transaction.
 */
@Injectable()
export class AppointmentWriter {
  constructor(
    private readonly outbox: MessageOutbox,
    private readonly publicTokens: PublicTokensService,
  ) {}

  /** Books; with no staff member acting, the client booked it online themselves. */
  async book(transaction: Transaction, appointment: NewAppointment, actor: Actor): Promise<AppointmentRow> {
    const created = await this.refusingClashes(() =>
      transaction.appointment.create({
        data: {
          kind: appointment.kind,
          clientId: appointment.clientId,
          artistId: appointment.artistId,
          roomId: appointment.roomId,
          locationId: appointment.locationId,
          startsAt: appointment.startsAt,
          endsAt: appointment.endsAt,
          notes: appointment.notes ?? null,
          overrideReason: appointment.overrideReason ?? null,
          planSessionId: appointment.planSessionId ?? null,
          correctionPlanId: appointment.correctionPlanId ?? null,
          createdById: actor.staffId,
          bookedOnline: actor.staffId === null,
        },
      }),
    );
    await transaction.appointmentEvent.create({
      data: {
        appointmentId: created.id,
        ...eventActor(actor),
        change: 'booked',
        toStatus: 'booked',
        toStartsAt: created.startsAt,
        toArtistId: created.artistId,
        reason: appointment.overrideReason ?? null,
      },
    });
    await this.outbox.appointmentBooked(transaction, created);
    return created;
  }

  /** Moves an appointment in time, or to another artist or room, keeping where it was. */
  async move(
    transaction: Transaction,
    current: AppointmentRow,
    to: { artistId: string; roomId: string | null; locationId: string; startsAt: Date; endsAt: Date; overrideReason?: string },
    actor: Actor,
    reason: string | null,
  ): Promise<AppointmentRow> {
    const newStart = to.startsAt.getTime() !== current.startsAt.getTime();
    // A new time answers the client's request for one; another room does not.
    const answered = newStart ? { rescheduleRequestedAt: null, rescheduleRequestNote: null } : {};
    const moved = await this.refusingClashes(() => transaction.appointment.update({ where: { id: current.id }, data: { ...to, ...answered } }));
    const move = await transaction.appointmentEvent.create({
      data: {
        appointmentId: current.id,
        ...eventActor(actor),
        change: 'moved',
        fromStartsAt: current.startsAt,
        toStartsAt: to.startsAt,
        fromArtistId: current.artistId,
        toArtistId: to.artistId,
        reason,
      },
    });
    // The client hears of what they notice (the time, its length, their artist), not of another room or chair.
    if (newStart || to.endsAt.getTime() !== current.endsAt.getTime() || to.artistId !== current.artistId) {
      await this.outbox.appointmentMoved(transaction, moved, String(move.id));
    }
    // The client's manage link keeps working until the appointment begins, wherever it went.
    if (newStart) await this.publicTokens.followAppointment(transaction, current.id, to.startsAt);
    return moved;
  }

  /** Moves an appointment's status along the allowed transitions only. */
  async changeStatus(transaction: Transaction, current: AppointmentRow, to: AppointmentStatus, actor: Actor, reason?: string): Promise<AppointmentRow> {
    if (!mayMoveTo(current.status as AppointmentStatus, to)) {
      throw conflictProblem('Not an allowed change', `An appointment that is ${current.status.replace('_', ' ')} cannot become ${to.replace('_', ' ')}`);
    }
    const cancelling = to === 'cancelled';
    const updated = await transaction.appointment.update({
      where: { id: current.id },
      data: {
        status: to,
        ...(cancelling
          ? {
              cancelledAt: new Date(),
              cancellationReason: reason ?? 'Cancelled',
              lateCancellation: current.startsAt.getTime() - Date.now() < LATE_CANCELLATION_HOURS * 3_600_000,
            }
          : {}),
      },
    });
    await transaction.appointmentEvent.create({
      data: { appointmentId: current.id, ...eventActor(actor), change: 'status', fromStatus: current.status, toStatus: to, reason: reason ?? null },
    });
    if (cancelling) {
      await this.outbox.appointmentsCancelled(transaction, [current.id]);
      await this.publicTokens.revokeAbout(transaction, { appointmentId: current.id });
    } else if (CLOSING_STATUSES.includes(to)) await this.outbox.appointmentClosed(transaction, current.id, to);
    return updated;
  }

  /** The client asked, through their reminder's link, for another time: reception calls them back. */
  async requestReschedule(transaction: Transaction, current: AppointmentRow, note: string | null, actor: Actor): Promise<AppointmentRow> {
    const updated = await transaction.appointment.update({ where: { id: current.id }, data: { rescheduleRequestedAt: new Date(), rescheduleRequestNote: note } });
    await transaction.appointmentEvent.create({ data: { appointmentId: current.id, ...eventActor(actor), change: 'reschedule_requested', reason: note } });
    return updated;
  }

  /**
   * Cancels, in one statement, every appointment of a plan that is still only booked
   * or confirmed (its sessions, a correction's laser sessions), each with the history
   * entry and messages a single cancellation writes.
   */
  async cancelPlanBookings(transaction: Transaction, planId: string, actor: Actor, reason: string): Promise<void> {
    const cancelled = await transaction.$queryRaw<{ appointment_id: string }[]>`
      WITH booked AS (
        SELECT id, status FROM appointments
        WHERE status IN ('booked', 'confirmed')
          AND (correction_plan_id = ${planId}::uuid OR plan_session_id IN (SELECT id FROM plan_sessions WHERE plan_id = ${planId}::uuid))
        FOR UPDATE
      ), cancelled AS (
        UPDATE appointments SET
          status = 'cancelled',
          cancelled_at = now(),
          cancellation_reason = ${reason},
          late_cancellation = appointments.starts_at - now() < make_interval(hours => ${LATE_CANCELLATION_HOURS}::int)
        FROM booked WHERE appointments.id = booked.id
        RETURNING appointments.id, booked.status AS from_status
      )
      INSERT INTO appointment_events (appointment_id, staff_id, change, from_status, to_status, reason)
      SELECT id, ${actor.staffId}::uuid, 'status', from_status, 'cancelled', ${reason} FROM cancelled
      RETURNING appointment_id`;
    await this.outbox.appointmentsCancelled(
      transaction,
      cancelled.map((row) => row.appointment_id),
    );
  }

  /**
   * Marks an appointment done when its record is written afterwards: a phone
   * consultation never "arrives", so this skips the front-desk steps, with a reason.
   */
  async complete(transaction: Transaction, current: AppointmentRow, actor: Actor, reason: string): Promise<AppointmentRow> {
    const updated = await transaction.appointment.update({ where: { id: current.id }, data: { status: 'completed' } });
    await transaction.appointmentEvent.create({
      data: { appointmentId: current.id, staffId: actor.staffId!, change: 'status', fromStatus: current.status, toStatus: 'completed', reason },
    });
    await this.outbox.appointmentClosed(transaction, current.id, 'completed');
    return updated;
  }

  /** Locks an appointment for a change that depends on its current state. */
  async lock(transaction: Transaction, appointmentId: string): Promise<AppointmentRow | null> {
    const [locked] = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM appointments WHERE id = ${appointmentId}::uuid FOR UPDATE`;
    return locked ? transaction.appointment.findUniqueOrThrow({ where: { id: appointmentId } }) : null;
  }

  private async refusingClashes<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw clashProblem(error) ?? error;
    }
  }
}
