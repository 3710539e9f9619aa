import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, dateInZone, MAX_LASER_SESSIONS, smpAllowedFrom, type LaserPlan, type LaserRecord, type StaffRole, type laserRecordInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { AppointmentWriter, HOLDING } from '../scheduling/appointment-writer.js';
import { assertMayWriteClinicalRecord } from '../scheduling/clinical-record-access.js';
import { lastEnd } from '../scheduling/correction-rules.js';
import { EligibilityService } from '../screening/eligibility.service.js';
import { laserRecordIncludes, toLaserRecord } from './correction-views.js';

type LaserRecordInput = z.output<typeof laserRecordInputSchema>;

/** Laser removal sessions of a correction plan: when they are, what SMP waits for, and what was done at each. */
@Injectable()
export class LaserSessionsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly calendar: AppointmentWriter,
    private readonly eligibility: EligibilityService,
  ) {}

  /** The plan's live laser sessions, numbered in time order, and the first day SMP may follow them. */
  async plan(planId: string): Promise<LaserPlan> {
    const plan = await this.database.treatmentPlan.findUnique({
      where: { id: planId },
      select: {
        style: true,
        correctionAssessment: { select: { id: true } },
        laserSessions: {
          where: { status: HOLDING },
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          select: { id: true, startsAt: true, endsAt: true, status: true, artist: { select: { id: true, name: true } }, laserRecord: { select: { id: true } } },
        },
      },
    });
    if (!plan) throw notFoundProblem('The plan');
    if (plan.style !== 'correction') throw conflictProblem('Not a correction', 'Only a correction plan has laser removal sessions');
    const settings = await this.clinic.get();
    const sessions = plan.laserSessions;
    const lastLaserEnd = lastEnd(sessions);
    const lastLaserStart = sessions.at(-1)?.startsAt;
    return {
      sessions: sessions.map((session, index) => ({
        number: index + 1,
        appointment: {
          id: session.id,
          startsAt: session.startsAt.toISOString(),
          endsAt: session.endsAt.toISOString(),
          status: session.status as LaserPlan['sessions'][number]['appointment']['status'],
          artist: session.artist,
        },
        recorded: session.laserRecord !== null,
      })),
      assessmentRecorded: plan.correctionAssessment !== null,
      earliestSmp: lastLaserEnd
        ? {
            on: smpAllowedFrom(lastLaserEnd, settings.timeZone, settings.laserHealingDays),
            reason: `${settings.laserHealingDays} days of healing after the last laser session, on ${dateInZone(lastLaserEnd, settings.timeZone)}`,
          }
        : null,
      nextLaserFrom: lastLaserStart && sessions.length < MAX_LASER_SESSIONS ? addCalendarDays(dateInZone(lastLaserStart, settings.timeZone), settings.laserSpacingDays) : null,
    };
  }

  /** Records a laser session in progress and completes it; only its artist or an owner. */
  async record(appointmentId: string, input: LaserRecordInput, actor: Actor, role: StaffRole): Promise<LaserRecord> {
    const { timeZone } = await this.clinic.get();
    const id = await this.database.$transaction(async (transaction) => {
      const appointment = await this.calendar.lock(transaction, appointmentId);
      if (!appointment) throw notFoundProblem('The appointment');
      if (appointment.kind !== 'laser') throw conflictProblem('Not a laser session', 'Only a laser removal session is recorded with its device and settings');
      assertMayWriteClinicalRecord(actor, role, appointment.artistId);
      if (appointment.status !== 'in_progress') {
        throw conflictProblem('Session not in progress', `Record the laser session while it is in progress; it is ${appointment.status.replace('_', ' ')}`);
      }
      await this.eligibility.assertTreatmentAllowed(appointment.clientId, dateInZone(new Date(), timeZone), role);
      const record = await transaction.laserSessionRecord.create({
        data: {
          appointmentId,
          clientId: appointment.clientId,
          artistId: appointment.artistId,
          device: input.device,
          wavelengthNm: input.wavelengthNm,
          fluenceJPerCm2: input.fluenceJPerCm2,
          spotSizeMm: input.spotSizeMm,
          settingsNotes: input.settingsNotes || null,
          reaction: input.reaction,
          recordedById: actor.staffId!,
        },
      });
      await this.calendar.changeStatus(transaction, appointment, 'completed', actor, 'Laser session recorded');
      await this.audit.record(transaction, actor, {
        action: 'laser.record',
        clientId: appointment.clientId,
        entityType: 'laser_session_record',
        entityId: record.id,
        details: { appointmentId },
      });
      return record.id;
    });
    return toLaserRecord(await this.database.laserSessionRecord.findUniqueOrThrow({ where: { id }, include: laserRecordIncludes }));
  }

  async forAppointment(appointmentId: string, actor: Actor): Promise<LaserRecord> {
    const row = await this.database.laserSessionRecord.findUnique({ where: { appointmentId }, include: laserRecordIncludes });
    if (!row) throw notFoundProblem('The laser session record');
    await this.audit.record(this.database, actor, { action: 'laser.read', clientId: row.clientId, entityType: 'laser_session_record', entityId: row.id });
    return toLaserRecord(row);
  }
}
