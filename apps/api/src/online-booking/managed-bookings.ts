import { Inject, Injectable } from '@nestjs/common';
import { instantIso, type BookingSlot, type ConsultationMode, type ManagedBooking } from '@smp/contracts';
import { PrismaClient, type Appointment as AppointmentRow } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { theClient, type Actor } from '../audit/actor.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';
import { AppointmentWriter, LATE_CANCELLATION_HOURS } from '../scheduling/appointment-writer.js';
import { AppointmentsService } from '../scheduling/appointments.service.js';
import { BookingOffer } from './booking-offer.js';
import { managedStatus, mayMoveOnline } from './booking-policy.js';
import { slotTaken, THROUGH_ONLINE_BOOKING } from './client-acts.js';

/** One answer for a link that never existed, was revoked (the booking cancelled) or has expired (the consultation began). */
const linkNotFound = () => notFoundProblem('The booking link');

/**
 * What a client's manage link lets them do without signing in: see their
 * consultation, move it to another free slot of the same artist, or cancel it,
 * each recorded as the client's act. The link keeps working through a staff move
 * and ends when the booking is cancelled or begins.
 */
@Injectable()
export class ManagedBookings {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly tokens: PublicTokensService,
    private readonly writer: AppointmentWriter,
    private readonly appointments: AppointmentsService,
    private readonly offers: BookingOffer,
    private readonly clinic: ClinicSettingsService,
    private readonly locations: LocationsService,
  ) {}

  async viewByToken(token: string): Promise<ManagedBooking> {
    return this.view(await this.appointmentIdOf(token));
  }

  /** Free slots of the booking's artist it may move to (its own time counts as free). */
  async slots(token: string, days: { from: string; to: string }): Promise<{ slots: BookingSlot[] }> {
    const appointmentId = await this.appointmentIdOf(token);
    const appointment = await this.database.appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    const [offer, place] = await Promise.all([this.offers.current(), this.locations.get(appointment.locationId)]);
    const slots = await this.offers.slots(offer, days, appointment.artistId, appointmentId, place);
    return { slots: slots.map((slot) => ({ startsAt: instantIso(slot.startsAt.getTime()), endsAt: instantIso(slot.endsAt.getTime()), artistId: slot.artistId })) };
  }

  /** Moves to another free slot of the same artist, keeping its length, outside the minimum notice on both ends. */
  async reschedule(token: string, startsAt: Date, actor: Actor): Promise<ManagedBooking> {
    const offer = await this.offers.current();
    const appointmentId = await this.database.$transaction(async (transaction) => {
      const current = await this.lockedBooking(transaction, token);
      if (!mayMoveOnline(current.startsAt, Date.now(), offer.settings)) {
        throw conflictProblem('Too close to move online', `Bookings move online up to ${offer.settings.minNoticeHours} hours before they begin; call the clinic.`);
      }
      const [free] = await this.offers.freeAt(offer, startsAt, current.artistId, current.id, await this.locations.get(current.locationId));
      if (!free) throw slotTaken('This time is not free for online booking. Choose another time.');
      await this.appointments.moveToStart(transaction, current, startsAt, theClient(actor), 'Moved online by the client', THROUGH_ONLINE_BOOKING.through);
      return current.id;
    });
    return this.view(appointmentId);
  }

  /** Cancels, late or not by the same rule as staff cancellations; the link then ends. */
  async cancel(token: string, actor: Actor): Promise<ManagedBooking> {
    const appointmentId = await this.database.$transaction(async (transaction) => {
      const current = await this.lockedBooking(transaction, token);
      await this.appointments.writeStatus(transaction, current, 'cancelled', theClient(actor), 'Cancelled online by the client', THROUGH_ONLINE_BOOKING.through);
      return current.id;
    });
    return this.view(appointmentId);
  }

  /** The booking as its link shows it; nothing clinical. */
  async view(appointmentId: string): Promise<ManagedBooking> {
    const [clinic, [row]] = await Promise.all([
      this.clinic.get(),
      this.database.$queryRaw<
        {
          mode: ConsultationMode;
          artistId: string;
          artistName: string;
          startsAt: Date;
          endsAt: Date;
          status: string;
          lateCancellation: boolean | null;
          minNoticeHours: number;
          lateFeeMinor: number;
          timeZone: string;
        }[]
      >`
        SELECT c.mode, a.artist_id AS "artistId", s.name AS "artistName", a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.status,
               a.late_cancellation AS "lateCancellation", o.min_notice_hours AS "minNoticeHours",
               cs.late_cancellation_fee_minor AS "lateFeeMinor", coalesce(l.time_zone, cs.time_zone) AS "timeZone"
          FROM appointments a JOIN staff s ON s.id = a.artist_id JOIN consultations c ON c.appointment_id = a.id
               JOIN locations l ON l.id = a.location_id
               CROSS JOIN online_booking_settings o CROSS JOIN clinic_settings cs
         WHERE a.id = ${appointmentId}::uuid`,
    ]);
    if (!row) throw linkNotFound();
    return {
      // Its times on the clock of where it takes place.
      clinic: { name: clinic.name, timeZone: row.timeZone },
      mode: row.mode,
      artistId: row.artistId,
      artistName: row.artistName,
      startsAt: instantIso(row.startsAt.getTime()),
      endsAt: instantIso(row.endsAt.getTime()),
      status: managedStatus(row.status, row.startsAt, Date.now()),
      lateCancellation: row.lateCancellation,
      minNoticeHours: row.minNoticeHours,
      cancellationPolicy: { lateWithinHours: LATE_CANCELLATION_HOURS, lateFeeMinor: row.lateFeeMinor, currency: clinic.currency },
    };
  }

  private async appointmentIdOf(token: string): Promise<string> {
    const live = await this.tokens.peek(token, 'manage_booking');
    if (!live?.appointmentId) throw linkNotFound();
    return live.appointmentId;
  }

  /** The link's booking, locked, while it is still booked or confirmed. */
  private async lockedBooking(transaction: Transaction, token: string): Promise<AppointmentRow> {
    const live = await this.tokens.peek(token, 'manage_booking', transaction);
    if (!live?.appointmentId) throw linkNotFound();
    const current = (await this.writer.lock(transaction, live.appointmentId))!;
    if (current.status !== 'booked' && current.status !== 'confirmed') {
      throw conflictProblem('This booking cannot be changed', 'It was changed since; call the clinic.');
    }
    return current;
  }
}
