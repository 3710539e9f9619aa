import { Inject, Injectable } from '@nestjs/common';
import {
  consultationMayBeRecorded,
  roleMay,
  type Consultation,
  type Page,
  type Photo,
  type PhotoView,
  type StaffRole,
  type consultationBookingSchema,
  type consultationRecordRequestSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { rowAfter, toPage } from '../http/keyset-cursor.js';
import { notFoundProblem, conflictProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { PhotosService } from '../photos/photos.service.js';
import { AppointmentWriter } from '../scheduling/appointment-writer.js';
import { AppointmentsService } from '../scheduling/appointments.service.js';
import { assertConsultationStarted, assertMayWriteClinicalRecord } from '../scheduling/clinical-record-access.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { existingClient } from '../shared/client-checks.js';
import { consultationIncludes, storedRecordColumns, toConsultation, toRecordColumns } from './consultation-record.js';

type Booking = z.output<typeof consultationBookingSchema>;
type RecordInput = z.output<typeof consultationRecordRequestSchema>;

/** The reason on the appointment's history when recording moves it to now. */
const RECORDED_EARLY = 'Recorded before its booked time';

const consultationAudit = (clientId: string, consultationId: string) => ({ clientId, entityType: 'consultation', entityId: consultationId });

@Injectable()
export class ConsultationsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly photos: PhotosService,
    private readonly calendar: AppointmentWriter,
    private readonly appointments: AppointmentsService,
    private readonly clinic: ClinicSettingsService,
  ) {}

  async list(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor, role: StaffRole): Promise<Page<Consultation>> {
    await existingClient(this.database, clientId);
    const withRecord = roleMay(role, 'consultations.record');
    const boundary = await rowAfter(query.cursor, (id) => this.database.consultation.findFirst({ where: { id, clientId }, include: { appointment: true } }));
    const rows = await this.database.consultation.findMany({
      where: {
        clientId,
        ...(boundary
          ? {
              OR: [{ appointment: { startsAt: { lt: boundary.appointment.startsAt } } }, { appointment: { startsAt: boundary.appointment.startsAt }, id: { lt: boundary.id } }],
            }
          : {}),
      },
      include: consultationIncludes(withRecord),
      orderBy: [{ appointment: { startsAt: 'desc' } }, { id: 'desc' }],
      take: query.limit + 1,
    });
    if (withRecord && rows.length > 0) {
      await this.audit.record(this.database, actor, { action: 'consultation.read', clientId, entityType: 'client', entityId: clientId, details: { list: true } });
    }
    return toPage(
      rows,
      query.limit,
      (row) => toConsultation(row, withRecord),
      (row) => [row.id],
    );
  }

  /** Books the consultation's appointment under the calendar's rules (hours, no double booking), in one transaction with it. */
  async book(clientId: string, booking: Booking, actor: Actor, role: StaffRole): Promise<Consultation> {
    await existingClient(this.database, clientId);
    const appointment = await this.appointments.checkedBooking(
      {
        kind: 'consultation',
        clientId,
        artistId: booking.artistId,
        roomId: booking.roomId ?? null,
        startsAt: booking.startsAt,
        durationMinutes: booking.durationMinutes,
        notes: booking.notes ?? null,
      },
      actor,
      role,
    );
    const id = await this.database.$transaction(async (transaction) => {
      const { consultationId } = await this.appointments.write(transaction, appointment, actor, booking.mode);
      await this.audit.record(transaction, actor, { action: 'consultation.book', ...consultationAudit(clientId, consultationId!), changedFields: Object.keys(booking) });
      return consultationId!;
    });
    return this.load(clientId, id, role);
  }

  async get(clientId: string, consultationId: string, actor: Actor, role: StaffRole): Promise<Consultation> {
    const consultation = await this.load(clientId, consultationId, role);
    await this.audit.record(this.database, actor, { action: 'consultation.read', ...consultationAudit(clientId, consultationId) });
    return consultation;
  }

  /**
   * Records what the artist found and agreed, once the consultation has started
   * (or, when asked, after moving its appointment to now, in the same transaction);
   * saving again corrects it, with the changed fields on the trail. Only its
   * artist or an owner writes it.
   */
  async record(clientId: string, consultationId: string, input: RecordInput, actor: Actor, role: StaffRole): Promise<Consultation> {
    const { timeZone } = await this.clinic.get();
    await this.database.$transaction(async (transaction) => {
      const [locked] = await transaction.$queryRaw<{ id: string }[]>`
        SELECT id FROM consultations WHERE id = ${consultationId}::uuid AND client_id = ${clientId}::uuid FOR UPDATE`;
      if (!locked) throw notFoundProblem('The consultation');
      const current = await transaction.consultation.findUniqueOrThrow({ where: { id: consultationId } });
      const appointment = (await this.calendar.lock(transaction, current.appointmentId))!;
      assertMayWriteClinicalRecord(actor, role, appointment.artistId);
      if (appointment.status === 'cancelled' || appointment.status === 'no_show') {
        throw conflictProblem('Consultation cancelled', 'A cancelled or missed consultation cannot be recorded; book a new one');
      }
      const now = new Date();
      const due =
        input.moveAppointmentToNow && !consultationMayBeRecorded(appointment.startsAt, now)
          ? await this.appointments.moveToStart(transaction, appointment, now, actor, RECORDED_EARLY)
          : appointment;
      assertConsultationStarted(due.startsAt, timeZone, now);
      const columns = toRecordColumns(input);
      await transaction.consultation.update({
        where: { id: consultationId },
        data: { ...columns, recordedAt: current.recordedAt ?? new Date(), recordedById: current.recordedById ?? actor.staffId! },
      });
      if (due.status !== 'completed') await this.calendar.complete(transaction, due, actor, 'Consultation recorded');
      await this.audit.record(transaction, actor, {
        action: 'consultation.record',
        ...consultationAudit(clientId, consultationId),
        changedFields: changedFields(storedRecordColumns(current), columns),
      });
    });
    return this.load(clientId, consultationId, role);
  }

  async cancel(clientId: string, consultationId: string, reason: string, actor: Actor, role: StaffRole): Promise<Consultation> {
    await this.database.$transaction(async (transaction) => {
      const consultation = await transaction.consultation.findFirst({ where: { id: consultationId, clientId } });
      if (!consultation) throw notFoundProblem('The consultation');
      const appointment = (await this.calendar.lock(transaction, consultation.appointmentId))!;
      if (consultation.recordedAt) throw conflictProblem('Already recorded', 'A recorded consultation took place and cannot be cancelled');
      await this.calendar.changeStatus(transaction, appointment, 'cancelled', actor, reason);
      await this.audit.record(transaction, actor, { action: 'consultation.cancel', ...consultationAudit(clientId, consultationId), changedFields: ['status'] });
    });
    return this.load(clientId, consultationId, role);
  }

  async addPhoto(clientId: string, consultationId: string, view: PhotoView, file: UploadedFile | undefined, actor: Actor, role: StaffRole): Promise<Photo> {
    const consultation = await this.database.consultation.findFirst({ where: { id: consultationId, clientId }, include: { appointment: true } });
    if (!consultation) throw notFoundProblem('The consultation');
    assertMayWriteClinicalRecord(actor, role, consultation.appointment.artistId);
    if (consultation.appointment.status === 'cancelled' || consultation.appointment.status === 'no_show')
      throw conflictProblem('Consultation cancelled', 'Add photos to a consultation that took place');
    return this.photos.add({ clientId, consultationId }, view, file, actor);
  }

  private async load(clientId: string, consultationId: string, role: StaffRole): Promise<Consultation> {
    const withRecord = roleMay(role, 'consultations.record');
    const row = await this.database.consultation.findFirst({ where: { id: consultationId, clientId }, include: consultationIncludes(withRecord) });
    if (!row) throw notFoundProblem('The consultation');
    return toConsultation(row, withRecord);
  }
}
