import { Inject, Injectable } from '@nestjs/common';
import { aftercareSchedule, dateInZone, lotExpired, type PhotoView, type Photo, type SessionRecord, type StaffRole, type sessionRecordInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { toIsoDate } from '../database/column-values.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { notFoundProblem, validationProblem, conflictProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { PhotosService } from '../photos/photos.service.js';
import { AppointmentWriter } from '../scheduling/appointment-writer.js';
import { artistCertifications, lapsedCertificationBreach } from '../staff/artist-certifications.js';
import { assertMayWriteClinicalRecord } from '../scheduling/clinical-record-access.js';
import { completePlanIfDone, planHasSessionToBook } from '../scheduling/plan-progress.js';
import { MessageOutbox } from '../messaging/message-outbox.js';
import { EligibilityService } from '../screening/eligibility.service.js';
import { StockService, type LotUse } from '../pigments/stock.service.js';
import { sessionRecordIncludes, toSessionRecord } from './session-record-view.js';

type RecordInput = z.output<typeof sessionRecordInputSchema>;

@Injectable()
export class SessionRecordsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
    private readonly calendar: AppointmentWriter,
    private readonly photos: PhotosService,
    private readonly eligibility: EligibilityService,
    private readonly stock: StockService,
    private readonly outbox: MessageOutbox,
  ) {}

  /**
   * Records the session of an appointment in progress and completes it: the
   * appointment is done, the plan moves on, and the client's aftercare schedule
   * is fixed with real dates. An artist whose required certification has lapsed
   * (without an owner's override) records nothing. Expired lots are refused, here and by the database;
   * each lot used gives up one unit, and an empty lot refuses the whole session.
   * The client's aftercare message goes now, and a week on the window of their next session.
   */
  async record(appointmentId: string, input: RecordInput, actor: Actor, role: StaffRole): Promise<SessionRecord> {
    const { timeZone } = await this.clinic.get();
    const today = dateInZone(new Date(), timeZone);
    await this.assertUsableLots(input, today);
    const id = await this.database.$transaction(async (transaction) => {
      const appointment = await this.calendar.lock(transaction, appointmentId);
      if (!appointment) throw notFoundProblem('The appointment');
      if (appointment.kind === 'consultation') throw conflictProblem('Not a treatment', 'A consultation is recorded on its consultation page');
      if (appointment.kind === 'fade_check') throw conflictProblem('Not a treatment', 'A fade check is recorded as a fade assessment');
      if (appointment.kind === 'laser') throw conflictProblem('A laser session', 'A laser removal session is recorded with its device, settings and reaction');
      assertMayWriteClinicalRecord(actor, role, appointment.artistId);
      if (appointment.status !== 'in_progress') {
        throw conflictProblem('Session not in progress', `Record the session while it is in progress; it is ${appointment.status.replace('_', ' ')}`);
      }
      await this.eligibility.assertTreatmentAllowed(appointment.clientId, today, role);
      await this.eligibility.assertPigmentsPatchTested(
        appointment.clientId,
        input.pigments.map((pigment, index) => ({ field: `pigments.${index}.lotId`, lotId: pigment.lotId })),
      );
      const lapsed = lapsedCertificationBreach(await artistCertifications(transaction, appointment.artistId), today);
      if (lapsed) throw lapsed;
      const record = await transaction.sessionRecord.create({
        data: {
          appointmentId,
          clientId: appointment.clientId,
          artistId: appointment.artistId,
          areasTreated: input.areasTreated,
          density: input.density,
          dotSize: input.dotSize,
          depthNotes: input.depthNotes ?? null,
          needleLotId: input.needleLotId,
          durationMinutes: input.durationMinutes,
          painLevel: input.painLevel,
          reactions: input.reactions ?? null,
          notes: input.notes ?? null,
          aftercare: aftercareSchedule(today) as never,
          recordedById: actor.staffId!,
          pigments: { create: input.pigments.map((pigment) => ({ pigmentLotId: pigment.lotId, role: pigment.role })) },
        },
      });
      await this.stock.takeForSession(transaction, lotUses(input), record.id, actor);
      const completed = await this.calendar.changeStatus(transaction, appointment, 'completed', actor, 'Session recorded');
      await completePlanIfDone(transaction, this.audit, completed, actor);
      await this.outbox.sessionRecorded(transaction, {
        sessionRecordId: record.id,
        clientId: appointment.clientId,
        appointmentId,
        sessionAt: appointment.startsAt,
        nextSessionToBook: await planHasSessionToBook(transaction, completed),
      });
      await this.audit.record(transaction, actor, {
        action: 'session.record',
        clientId: appointment.clientId,
        entityType: 'session_record',
        entityId: record.id,
        details: { appointmentId },
      });
      return record.id;
    });
    return this.load(id);
  }

  async get(sessionRecordId: string, actor: Actor): Promise<SessionRecord> {
    const record = await this.load(sessionRecordId);
    await this.audit.record(this.database, actor, { action: 'session.read', clientId: record.clientId, entityType: 'session_record', entityId: record.id });
    return record;
  }

  async forAppointment(appointmentId: string, actor: Actor): Promise<SessionRecord> {
    const row = await this.database.sessionRecord.findUnique({ where: { appointmentId }, select: { id: true } });
    if (!row) throw notFoundProblem('The session record');
    return this.get(row.id, actor);
  }

  /** A completed record is never edited: a correction is an addendum, with who, when and why. */
  async addAddendum(sessionRecordId: string, text: string, reason: string, actor: Actor, role: StaffRole): Promise<SessionRecord> {
    const record = await this.database.sessionRecord.findUnique({ where: { id: sessionRecordId }, select: { clientId: true, artistId: true } });
    if (!record) throw notFoundProblem('The session record');
    assertMayWriteClinicalRecord(actor, role, record.artistId);
    await this.database.$transaction(async (transaction) => {
      const addendum = await transaction.sessionAddendum.create({ data: { sessionRecordId, text, reason, authorId: actor.staffId! } });
      await this.audit.record(transaction, actor, {
        action: 'session.addendum',
        clientId: record.clientId,
        entityType: 'session_record',
        entityId: sessionRecordId,
        details: { addendumId: addendum.id },
      });
    });
    return this.load(sessionRecordId);
  }

  /** Before and after photos, taken while the session is in progress (or right after). */
  async addPhoto(appointmentId: string, view: PhotoView, phase: 'before' | 'after', file: UploadedFile | undefined, actor: Actor, role: StaffRole): Promise<Photo> {
    const appointment = await this.database.appointment.findUnique({ where: { id: appointmentId } });
    if (!appointment) throw notFoundProblem('The appointment');
    assertMayWriteClinicalRecord(actor, role, appointment.artistId);
    if (appointment.kind === 'consultation') throw conflictProblem('Not a treatment', 'Add consultation photos on the consultation page');
    if (!['arrived', 'in_progress', 'completed'].includes(appointment.status)) throw conflictProblem('No session', 'Photos belong to a session that took place');
    return this.photos.add({ clientId: appointment.clientId, appointmentId, phase }, view, file, actor);
  }

  private async assertUsableLots(input: RecordInput, today: string): Promise<void> {
    const [pigmentLots, needleLot] = await Promise.all([
      this.database.pigmentLot.findMany({ where: { id: { in: input.pigments.map((pigment) => pigment.lotId) } } }),
      this.database.needleLot.findUnique({ where: { id: input.needleLotId } }),
    ]);
    const errors: { field: string; message: string }[] = [];
    input.pigments.forEach((pigment, index) => {
      // PostgreSQL gives ids in lower case whatever case the request used.
      const lot = pigmentLots.find((candidate) => candidate.id === pigment.lotId.toLowerCase());
      if (!lot) errors.push({ field: `pigments.${index}.lotId`, message: 'Not a pigment lot' });
      else if (lotExpired(toIsoDate(lot.expiresOn)!, today)) errors.push({ field: `pigments.${index}.lotId`, message: `Lot ${lot.lotNumber} expired on ${toIsoDate(lot.expiresOn)!}` });
    });
    if (!needleLot) errors.push({ field: 'needleLotId', message: 'Not a needle lot' });
    else if (lotExpired(toIsoDate(needleLot.expiresOn)!, today)) errors.push({ field: 'needleLotId', message: `Lot ${needleLot.lotNumber} expired on ${toIsoDate(needleLot.expiresOn)!}` });
    if (errors.length > 0) throw validationProblem(errors, 'Expired or unknown lots cannot be recorded');
  }

  private async load(sessionRecordId: string): Promise<SessionRecord> {
    const row = await this.database.sessionRecord.findUnique({ where: { id: sessionRecordId }, include: sessionRecordIncludes });
    if (!row) throw notFoundProblem('The session record');
    return toSessionRecord(row);
  }
}

function lotUses(input: RecordInput): LotUse[] {
  return [
    ...input.pigments.map((pigment, index): LotUse => ({ kind: 'pigment', lotId: pigment.lotId, field: `pigments.${index}.lotId` })),
    { kind: 'needle', lotId: input.needleLotId, field: 'needleLotId' },
  ];
}
