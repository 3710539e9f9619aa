import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, roleMay, shiftPointsAtLots, type ClientFading, type FadeAssessment, type StaffRole, type fadeAssessmentInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate } from '../database/column-values.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { AppointmentWriter } from '../scheduling/appointment-writer.js';
import { assertMayWriteClinicalRecord } from '../scheduling/clinical-record-access.js';
import { MaintenanceRecallQueries } from '../scheduling/maintenance-recall.queries.js';
import { existingClient } from '../shared/client-checks.js';
import { fadeAssessmentIncludes, lotUsesOf, suspectLots, toFadeAssessment, type FadeAssessmentRow } from './fade-assessment-view.js';

type AssessmentInput = z.output<typeof fadeAssessmentInputSchema>;

const VISIT_UNDER_WAY = ['in_progress', 'completed'];

@Injectable()
export class FadingService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
    private readonly calendar: AppointmentWriter,
    private readonly recalls: MaintenanceRecallQueries,
  ) {}

  /**
   * Records how the client's SMP has faded, at a visit after a session. A fade
   * check is done once assessed, so recording it completes its appointment; a
   * touch-up or maintenance visit goes on to its session record.
   */
  async record(appointmentId: string, input: AssessmentInput, actor: Actor, role: StaffRole): Promise<FadeAssessment> {
    const { timeZone } = await this.clinic.get();
    const id = await this.database.$transaction(async (transaction) => {
      const appointment = await this.calendar.lock(transaction, appointmentId);
      if (!appointment) throw notFoundProblem('The appointment');
      if (appointment.kind === 'consultation') throw conflictProblem('Not a later visit', 'Fading is assessed at a visit after a session, not at a consultation');
      assertMayWriteClinicalRecord(actor, role, appointment.artistId);
      if (!VISIT_UNDER_WAY.includes(appointment.status)) {
        throw conflictProblem('Visit not under way', `Assess fading while the visit is in progress; it is ${appointment.status.replace('_', ' ')}`, {
          field: 'status',
          message: 'Start the visit first',
        });
      }
      if (await transaction.fadeAssessment.findUnique({ where: { appointmentId }, select: { id: true } })) {
        throw conflictProblem('Already assessed', 'A fade assessment is written once: this visit has one');
      }
      const earlierSession = await transaction.sessionRecord.findFirst({ where: { clientId: appointment.clientId, appointmentId: { not: appointmentId } }, select: { id: true } });
      if (!earlierSession)
        throw conflictProblem('Nothing to assess', 'The client has no recorded session whose fading could be assessed', { field: 'appointmentId', message: 'No earlier session' });
      const assessment = await transaction.fadeAssessment.create({
        data: {
          appointmentId,
          clientId: appointment.clientId,
          artistId: appointment.artistId,
          assessedOn: fromIsoDate(dateInZone(new Date(), timeZone))!,
          colourShift: input.colourShift,
          // Blank text is no text: the database refuses a blank note.
          colourShiftNote: input.colourShiftNote || null,
          notes: input.notes || null,
          recordedById: actor.staffId!,
          areas: { create: input.areas.map((area) => ({ area: area.area, score: area.score })) },
        },
      });
      if (appointment.kind === 'fade_check' && appointment.status === 'in_progress') {
        await this.calendar.changeStatus(transaction, appointment, 'completed', actor, 'Fade assessment recorded');
      }
      await this.audit.record(transaction, actor, {
        action: 'fade_assessment.record',
        clientId: appointment.clientId,
        entityType: 'fade_assessment',
        entityId: assessment.id,
        details: { appointmentId },
      });
      return assessment.id;
    });
    const row = await this.database.fadeAssessment.findUniqueOrThrow({ where: { id }, include: fadeAssessmentIncludes(roleMay(role, 'photos.read')) });
    return this.view(row, timeZone);
  }

  async forAppointment(appointmentId: string, actor: Actor, role: StaffRole): Promise<FadeAssessment> {
    const row = await this.database.fadeAssessment.findUnique({ where: { appointmentId }, include: fadeAssessmentIncludes(roleMay(role, 'photos.read')) });
    if (!row) throw notFoundProblem('The fade assessment');
    await this.audit.record(this.database, actor, { action: 'fade_assessment.read', clientId: row.clientId, entityType: 'fade_assessment', entityId: row.id });
    return this.view(row, (await this.clinic.get()).timeZone);
  }

  /** The client's fade assessments, newest first, and when the client is due back for maintenance. */
  async forClient(clientId: string, actor: Actor, role: StaffRole): Promise<ClientFading> {
    await existingClient(this.database, clientId);
    const settings = await this.clinic.get();
    const [rows, recall] = await Promise.all([
      this.database.fadeAssessment.findMany({
        where: { clientId },
        include: fadeAssessmentIncludes(roleMay(role, 'photos.read')),
        orderBy: [{ assessedOn: 'desc' }, { recordedAt: 'desc' }],
      }),
      this.recalls.forClient(clientId, settings),
    ]);
    await this.audit.record(this.database, actor, { action: 'fade_assessment.read', clientId, entityType: 'client', entityId: clientId, details: { list: true } });
    return { recall: recall?.recall ?? null, assessments: await this.views(rows, settings.timeZone) };
  }

  private async view(row: FadeAssessmentRow, timeZone: string): Promise<FadeAssessment> {
    const [view] = await this.views([row], timeZone);
    return view!;
  }

  /** The lots behind every shift come from one query of the client's sessions, however many assessments there are. */
  private async views(rows: readonly FadeAssessmentRow[], timeZone: string): Promise<FadeAssessment[]> {
    const shifted = rows.filter((row) => shiftPointsAtLots(row.colourShift as FadeAssessment['colourShift']));
    const latest = shifted.reduce<Date | null>((until, row) => (until && until > row.recordedAt ? until : row.recordedAt), null);
    const uses = latest ? await lotUsesOf(this.database, shifted[0]!.clientId, latest) : [];
    return rows.map((row) => toFadeAssessment(row, suspectLots(row, uses, timeZone)));
  }
}
