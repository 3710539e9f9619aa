import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, problemTypes, timeInZone, type AppointmentKind, type AppointmentStatus, type Visit, type VisitLinkState } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem, ProblemException } from '../http/problem.js';
import { theClient, type Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { LinkSigner } from '../messaging/client-links.js';
import { AppointmentWriter } from '../scheduling/appointment-writer.js';
import type { Transaction } from '../database/database.js';
import { visitLinkState } from './visit-link-state.js';

interface LinkRow {
  id: string;
  appointmentId: string;
  expiresAt: Date;
  usedAt: Date | null;
  usedFor: 'confirm' | 'reschedule' | null;
}

/** Said of every event a client's link writes, so the trail tells it from a staff member's act. */
const THROUGH_REMINDER = { byClient: true, through: 'reminder_link' } as const;

function linkGone(state: Exclude<VisitLinkState, 'usable'>): ProblemException {
  return new ProblemException({
    type: problemTypes.linkGone,
    title: state === 'used' ? 'This link was used already' : 'This link has expired',
    status: 410,
    detail: state === 'used' ? 'Each link in a reminder works once; call the clinic to change your appointment.' : 'The link worked until your appointment began; call the clinic.',
  });
}

/** What the links in a client's messages let them do without signing in; nothing clinical is shown. */
@Injectable()
export class ClientLinksService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly signer: LinkSigner,
    private readonly writer: AppointmentWriter,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
  ) {}

  async visit(token: string): Promise<Visit> {
    const link = await this.link(this.database, token);
    return this.describe(link);
  }

  /** A booked appointment becomes confirmed; a confirmed one stays as it is. The link is then used. */
  async confirm(token: string, actor: Actor): Promise<Visit> {
    const link = await this.database.$transaction(async (transaction) => {
      const { link, appointment } = await this.usableLink(transaction, token);
      if (appointment.status === 'booked') {
        await this.writer.changeStatus(transaction, appointment, 'confirmed', theClient(actor));
        await this.audit.record(transaction, theClient(actor), {
          action: 'appointment.status',
          clientId: appointment.clientId,
          entityType: 'appointment',
          entityId: appointment.id,
          changedFields: ['status'],
          details: { ...THROUGH_REMINDER, from: 'booked', to: 'confirmed' },
        });
      } else if (appointment.status !== 'confirmed') {
        throw conflictProblem('This appointment cannot be confirmed', 'It was changed since the reminder was sent; call the clinic.');
      }
      return this.use(transaction, link, 'confirm');
    });
    return this.describe(link);
  }

  /** Reception sees the request on its follow-up queue and calls the client back. */
  async requestReschedule(token: string, note: string | null, actor: Actor): Promise<Visit> {
    const link = await this.database.$transaction(async (transaction) => {
      const { link, appointment } = await this.usableLink(transaction, token);
      if (appointment.status !== 'booked' && appointment.status !== 'confirmed') {
        throw conflictProblem('This appointment cannot be moved', 'It was changed since the reminder was sent; call the clinic.');
      }
      await this.writer.requestReschedule(transaction, appointment, note, theClient(actor));
      await this.audit.record(transaction, theClient(actor), {
        action: 'appointment.reschedule_request',
        clientId: appointment.clientId,
        entityType: 'appointment',
        entityId: appointment.id,
        changedFields: note ? ['rescheduleRequestedAt', 'rescheduleRequestNote'] : ['rescheduleRequestedAt'],
        details: THROUGH_REMINDER,
      });
      return this.use(transaction, link, 'reschedule');
    });
    return this.describe(link);
  }

  /** Withdraws the client's marketing consent; again and again is the same as once. */
  async unsubscribe(token: string, actor: Actor): Promise<{ unsubscribed: true }> {
    const clientId = await this.signer.unsubscribingClientId(token);
    if (!clientId) throw notFoundProblem('The link');
    await this.database.$transaction(async (transaction) => {
      // One withdrawal at a time per client, so two clicks at once add one row.
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`unsubscribe:${clientId}`}, 0))`;
      const [latest] = await transaction.$queryRaw<{ granted: boolean }[]>`
        SELECT granted FROM client_message_consents WHERE client_id = ${clientId}::uuid AND purpose = 'marketing'
        ORDER BY recorded_at DESC LIMIT 1`;
      if (latest && !latest.granted) return;
      const [consent] = await transaction.$queryRaw<{ id: string }[]>`
        INSERT INTO client_message_consents (client_id, purpose, granted, method, recorded_by)
        SELECT id, 'marketing', false, 'unsubscribe_link', NULL FROM clients WHERE id = ${clientId}::uuid
        RETURNING id`;
      if (!consent) throw notFoundProblem('The link');
      await this.audit.record(transaction, theClient(actor), {
        action: 'messages.unsubscribe',
        clientId,
        entityType: 'client_message_consent',
        entityId: consent.id,
        details: { byClient: true, through: 'unsubscribe_link', purpose: 'marketing' },
      });
    });
    return { unsubscribed: true };
  }

  /** The link a token names: 404 when its signature fails or no such link was made. */
  private async link(database: Database | Transaction, token: string, lock = false): Promise<LinkRow> {
    const id = await this.signer.appointmentLinkId(token);
    const [link] = id
      ? await database.$queryRaw<LinkRow[]>`
          SELECT id, appointment_id AS "appointmentId", expires_at AS "expiresAt", used_at AS "usedAt", used_for AS "usedFor"
          FROM appointment_links WHERE id = ${id}::uuid ${lock ? Prisma.sql`FOR UPDATE` : Prisma.empty}`
      : [];
    if (!link) throw notFoundProblem('The link');
    return link;
  }

  /** The link, locked and neither used nor expired (else 410), with its appointment locked for the change. */
  private async usableLink(transaction: Transaction, token: string) {
    const link = await this.link(transaction, token, true);
    const appointment = (await this.writer.lock(transaction, link.appointmentId))!;
    const state = visitLinkState(link, appointment.startsAt, new Date());
    if (state !== 'usable') throw linkGone(state);
    return { link, appointment };
  }

  private async use(transaction: Transaction, link: LinkRow, usedFor: 'confirm' | 'reschedule'): Promise<LinkRow> {
    const [used] = await transaction.$queryRaw<{ usedAt: Date }[]>`
      UPDATE appointment_links SET used_at = now(), used_for = ${usedFor} WHERE id = ${link.id}::uuid RETURNING used_at AS "usedAt"`;
    return { ...link, usedAt: used!.usedAt, usedFor };
  }

  private async describe(link: LinkRow): Promise<Visit> {
    const [{ timeZone }, [facts]] = await Promise.all([
      this.clinic.get(),
      this.database.$queryRaw<{ clinicName: string; clinicPhone: string | null; kind: string; status: string; startsAt: Date; artistName: string }[]>`
        SELECT clinic.name AS "clinicName", clinic.phone AS "clinicPhone", a.kind, a.status, a.starts_at AS "startsAt", artist.name AS "artistName"
        FROM appointments a JOIN staff artist ON artist.id = a.artist_id CROSS JOIN clinic_settings clinic
        WHERE a.id = ${link.appointmentId}::uuid`,
    ]);
    return {
      clinic: { name: facts!.clinicName, phone: facts!.clinicPhone },
      kind: facts!.kind as AppointmentKind,
      status: facts!.status as AppointmentStatus,
      date: dateInZone(facts!.startsAt, timeZone),
      time: timeInZone(facts!.startsAt, timeZone),
      artistFirstName: facts!.artistName.trim().split(/\s+/)[0]!,
      link: visitLinkState(link, facts!.startsAt, new Date()),
      usedFor: link.usedFor,
    };
  }
}
