import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  instantIso,
  problemTypes,
  type BookingConfirmed,
  type BookingHeld,
  type BookingOptions,
  type BookingSlot,
  type BookingStarted,
  type bookingStartSchema,
  type ConsultationMode,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { theClient, type Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ProblemException, validationProblem } from '../http/problem.js';
import { publicBaseUrl } from '../messaging/client-links.js';
import { PublicEmails } from '../public-access/public-emails.js';
import { IntakeLinks } from '../intake/intake-links.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';
import { AppointmentsService } from '../scheduling/appointments.service.js';
import { codeEmail, manageBookingPagePath, manageEmail } from './booking-emails.js';
import { BookingOffer, type Offer } from './booking-offer.js';
import { checkCode, CODE_VALID_MINUTES, codeHash, HOLD_MINUTES, MAX_CODE_ATTEMPTS, newCode, REQUEST_VALID_MINUTES } from './booking-policy.js';
import { isTimeTaken, slotTaken, THROUGH_ONLINE_BOOKING } from './client-acts.js';
import { ManagedBookings } from './managed-bookings.js';

type StartInput = z.output<typeof bookingStartSchema>;

interface RequestRow {
  id: string;
  mode: ConsultationMode;
  artistId: string | null;
  startsAt: Date;
  endsAt: Date;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  codeHash: Uint8Array;
  failedAttempts: number;
  createdAt: Date;
}

interface HoldRow {
  id: string;
  artistId: string;
  startsAt: Date;
  endsAt: Date;
  expiresAt: Date;
}

/** The same answer for a handle that never existed, has lapsed, was used or locked: start again. */
const requestGone = new ProblemException({
  type: problemTypes.linkGone,
  title: 'This booking request has ended',
  status: 410,
  detail: 'Start again: choose a time and we will email you a new code.',
});

/**
 * A client books a consultation without signing in: chooses a free slot, proves
 * their email with a code, holds the slot for ten minutes, confirms. Nothing in
 * any answer tells whether the email is a client's.
 */
@Injectable()
export class PublicBookingService {
  private readonly baseUrl: string;

  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly offers: BookingOffer,
    private readonly tokens: PublicTokensService,
    private readonly emails: PublicEmails,
    private readonly appointments: AppointmentsService,
    private readonly audit: AuditService,
    private readonly managed: ManagedBookings,
    private readonly intakeLinks: IntakeLinks,
  ) {
    this.baseUrl = publicBaseUrl(config);
  }

  async options(): Promise<BookingOptions> {
    const offer = await this.offers.current();
    return {
      clinic: { name: offer.clinic.name, timeZone: offer.clinic.timeZone },
      modes: offer.settings.modes,
      artists: offer.artists,
      durationMinutes: offer.clinic.consultationMinutes,
      minNoticeHours: offer.settings.minNoticeHours,
      horizonDays: offer.settings.horizonDays,
      lastDay: offer.window.lastDay,
    };
  }

  /** Free slots of one offered artist, or of any (each start once, its artist left to chance). */
  async slots(query: { from: string; to: string; artistId?: string | undefined }): Promise<{ slots: BookingSlot[] }> {
    const offer = await this.offers.current();
    this.offers.assertArtistOffered(offer, query.artistId);
    const slots = await this.offers.slots(offer, query, query.artistId ?? null);
    const starts = new Map<number, BookingSlot>();
    for (const slot of slots) {
      const start = slot.startsAt.getTime();
      if (!starts.has(start)) starts.set(start, { startsAt: instantIso(start), endsAt: instantIso(slot.endsAt.getTime()), artistId: query.artistId ?? null });
    }
    return { slots: [...starts.values()] };
  }

  /** Records the request and emails its code; the answer is the same whoever the email belongs to. */
  async start(input: StartInput, actor: Actor): Promise<BookingStarted> {
    const offer = await this.offers.current();
    this.assertModeOffered(offer, input.mode);
    this.offers.assertArtistOffered(offer, input.artistId);
    const startsAt = new Date(input.startsAt);
    const [free] = await this.offers.freeAt(offer, startsAt, input.artistId);
    if (!free) throw slotTaken('This time is not free for online booking. Choose another time.');
    const code = newCode();
    const id = randomUUID();
    return this.database.$transaction(async (transaction) => {
      const [request] = await transaction.$queryRaw<{ createdAt: Date }[]>`
        INSERT INTO booking_requests (id, mode, artist_id, starts_at, ends_at, first_name, last_name, email, phone, code_hash, address)
        VALUES (${id}::uuid, ${input.mode}, ${input.artistId}::uuid, ${startsAt}, ${free.endsAt}, ${input.firstName}, ${input.lastName}, ${input.email},
                ${input.phone ?? null}, ${codeHash(id, code)}, ${actor.address}::inet)
        RETURNING created_at AS "createdAt"`;
      const { token } = await this.tokens.issue(transaction, 'email_verification', { bookingRequestId: id }, REQUEST_VALID_MINUTES * 60_000);
      await this.emails.queue(transaction, { to: input.email, ...codeEmail(offer.clinic.name, code), key: `booking-code-${id}` });
      return { requestId: token, expiresAt: instantIso(request!.createdAt.getTime() + CODE_VALID_MINUTES * 60_000) };
    });
  }

  /**
   * Checks the code; the right one holds the slot for ten minutes (or another
   * start, when the first was taken meanwhile). A wrong one is counted (kept even
   * though the answer is a refusal); the fifth locks the request. The hold is taken
   * while the request is locked, so the same code sent twice at once holds once.
   */
  async verify(requestId: string, code: string, otherStart?: Date): Promise<BookingHeld> {
    const outcome = await this.database
      .$transaction(async (transaction) => {
        const request = await this.lockedRequest(transaction, requestId);
        const check = checkCode(request, code, new Date());
        if (check === 'wrong') {
          await transaction.$executeRaw`UPDATE booking_requests SET failed_attempts = failed_attempts + 1 WHERE id = ${request.id}::uuid`;
          return { triesLeft: MAX_CODE_ATTEMPTS - request.failedAttempts - 1, held: null };
        }
        if (check !== 'right') throw requestGone;
        await transaction.$executeRaw`UPDATE booking_requests SET verified_at = coalesce(verified_at, now()) WHERE id = ${request.id}::uuid`;
        if (!otherStart || otherStart.getTime() === request.startsAt.getTime()) return { triesLeft: null, held: await this.hold(transaction, request) };
        // Another time: the request moves there, letting go of any hold it had.
        const endsAt = new Date(otherStart.getTime() + request.endsAt.getTime() - request.startsAt.getTime());
        await transaction.$executeRaw`
          UPDATE slot_holds SET released_at = now(), released_for = 'moved' WHERE booking_request_id = ${request.id}::uuid AND released_at IS NULL`;
        await transaction.$executeRaw`UPDATE booking_requests SET starts_at = ${otherStart}, ends_at = ${endsAt} WHERE id = ${request.id}::uuid`;
        return { triesLeft: null, held: await this.hold(transaction, { ...request, startsAt: otherStart, endsAt }) };
      })
      .catch((error: unknown) => {
        throw isTimeTaken(error) ? slotTaken() : error;
      });
    if (!outcome.held) {
      const message = outcome.triesLeft ? `Not the code we sent: ${outcome.triesLeft} ${outcome.triesLeft === 1 ? 'try' : 'tries'} left` : 'Not the code we sent: start again for a new one';
      throw validationProblem([{ field: 'code', message }]);
    }
    return outcome.held;
  }

  /** Books the held slot: the client matched by their verified email, or a new one for reception to confirm. */
  async confirm(requestId: string, actor: Actor): Promise<BookingConfirmed> {
    const client = theClient(actor);
    const offer = await this.offers.current();
    const booked = await this.database.$transaction(async (transaction) => {
      const token = await this.tokens.redeem(transaction, requestId, 'email_verification');
      if (!token?.bookingRequestId) throw requestGone;
      const request = await this.requestById(transaction, token.bookingRequestId);
      const [hold] = await transaction.$queryRaw<HoldRow[]>`
        UPDATE slot_holds SET released_at = now(), released_for = 'booked'
         WHERE booking_request_id = ${request.id}::uuid AND released_at IS NULL AND expires_at > now()
        RETURNING id, artist_id AS "artistId", starts_at AS "startsAt", ends_at AS "endsAt", expires_at AS "expiresAt"`;
      if (!hold) throw slotTaken('Your hold on this time has lapsed. Choose a time again.');
      const clientId = await this.matchOrCreateClient(transaction, request, client);
      const { appointment } = await this.appointments.write(
        transaction,
        { kind: 'consultation', clientId, artistId: hold.artistId, roomId: null, locationId: offer.location.id, startsAt: hold.startsAt, endsAt: hold.endsAt },
        client,
        request.mode,
        THROUGH_ONLINE_BOOKING.through,
      );
      await transaction.$executeRaw`UPDATE booking_requests SET appointment_id = ${appointment.id}::uuid WHERE id = ${request.id}::uuid`;
      const { token: manageToken } = await this.tokens.issue(transaction, 'manage_booking', { appointmentId: appointment.id }, appointment.startsAt);
      const intake = await this.intakeLinks.issue(transaction, { appointmentId: appointment.id, startsAt: appointment.startsAt });
      const artistName = offer.artists.find((artist) => artist.id === hold.artistId)?.name ?? '';
      const email = manageEmail(
        { clinicName: offer.clinic.name, timeZone: offer.clinic.timeZone, startsAt: appointment.startsAt, artistName, mode: request.mode },
        { manage: `${this.baseUrl}${manageBookingPagePath(manageToken)}`, intake: intake.url },
      );
      await this.emails.queue(transaction, { to: request.email, ...email, key: `booking-manage-${appointment.id}` });
      return { appointmentId: appointment.id, manageToken, intakeToken: intake.token };
    });
    return { booking: await this.managed.view(booked.appointmentId), manageToken: booked.manageToken, intakeToken: booked.intakeToken };
  }

  /** Holds the request's slot (its artist, or the first offered artist free then), releasing lapsed holds in the way; a live hold stands. */
  private async hold(transaction: Transaction, request: RequestRow): Promise<BookingHeld> {
    const offer = await this.offers.current();
    const held = (await this.liveHold(transaction, request.id)) ?? (await this.newHold(transaction, offer, request));
    return {
      startsAt: instantIso(held.startsAt.getTime()),
      endsAt: instantIso(held.endsAt.getTime()),
      artistName: offer.artists.find((artist) => artist.id === held.artistId)?.name ?? '',
      heldUntil: instantIso(held.expiresAt.getTime()),
    };
  }

  private async liveHold(transaction: Transaction, requestId: string): Promise<HoldRow | undefined> {
    const [live] = await transaction.$queryRaw<HoldRow[]>`
      SELECT id, artist_id AS "artistId", starts_at AS "startsAt", ends_at AS "endsAt", expires_at AS "expiresAt"
        FROM slot_holds WHERE booking_request_id = ${requestId}::uuid AND released_at IS NULL AND expires_at > now()`;
    return live;
  }

  private async newHold(transaction: Transaction, offer: Offer, request: RequestRow): Promise<HoldRow> {
    const [free] = await this.offers.freeAt(offer, request.startsAt, request.artistId);
    if (!free) throw slotTaken();
    await transaction.$executeRaw`
      UPDATE slot_holds SET released_at = now(), released_for = 'lapsed'
       WHERE artist_id = ${free.artistId}::uuid AND released_at IS NULL AND expires_at <= now()
         AND tstzrange(starts_at, ends_at) && tstzrange(${free.startsAt}, ${free.endsAt})`;
    const [hold] = await transaction.$queryRaw<HoldRow[]>`
      INSERT INTO slot_holds (booking_request_id, artist_id, starts_at, ends_at, expires_at)
      VALUES (${request.id}::uuid, ${free.artistId}::uuid, ${free.startsAt}, ${free.endsAt}, now() + make_interval(mins => ${HOLD_MINUTES}::int))
      RETURNING id, artist_id AS "artistId", starts_at AS "startsAt", ends_at AS "endsAt", expires_at AS "expiresAt"`;
    return hold!;
  }

  /**
   * The client of this verified email: not archived, the most recently seen of
   * several (never a duplicate); else a new client, flagged for reception.
   */
  private async matchOrCreateClient(transaction: Transaction, request: RequestRow, actor: Actor): Promise<string> {
    const [known] = await transaction.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM clients c
       WHERE c.email = ${request.email} AND c.archived_at IS NULL
       ORDER BY (SELECT max(a.starts_at) FROM appointments a WHERE a.client_id = c.id AND a.starts_at <= now()) DESC NULLS LAST, c.updated_at DESC, c.id
       LIMIT 1`;
    if (known) return known.id;
    const created = await transaction.client.create({
      data: {
        firstName: request.firstName,
        lastName: request.lastName,
        email: request.email,
        phone: request.phone,
        preferredContact: 'email',
        onlineUnconfirmedSince: new Date(),
      },
      select: { id: true },
    });
    await this.audit.record(transaction, actor, {
      action: 'client.create',
      clientId: created.id,
      entityType: 'client',
      entityId: created.id,
      details: THROUGH_ONLINE_BOOKING,
    });
    return created.id;
  }

  private assertModeOffered(offer: Offer, mode: ConsultationMode): void {
    if (!offer.settings.modes.includes(mode)) throw validationProblem([{ field: 'mode', message: 'Not offered for online booking' }]);
  }

  /** The request a live handle names, locked. */
  private async lockedRequest(transaction: Transaction, requestId: string): Promise<RequestRow> {
    const token = await this.tokens.peek(requestId, 'email_verification', transaction);
    if (!token?.bookingRequestId) throw requestGone;
    return this.requestById(transaction, token.bookingRequestId);
  }

  private async requestById(transaction: Transaction, id: string): Promise<RequestRow> {
    const [request] = await transaction.$queryRaw<RequestRow[]>`
      SELECT id, mode, artist_id AS "artistId", starts_at AS "startsAt", ends_at AS "endsAt", first_name AS "firstName", last_name AS "lastName",
             email, phone, code_hash AS "codeHash", failed_attempts AS "failedAttempts", created_at AS "createdAt"
        FROM booking_requests WHERE id = ${id}::uuid FOR UPDATE`;
    return request!;
  }
}
