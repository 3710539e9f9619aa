import { Inject, Injectable } from '@nestjs/common';
import {
  dateInZone,
  roleMay,
  SCREENING_QUESTIONNAIRES,
  signedAnswers,
  CURRENT_SCREENING_QUESTIONNAIRE,
  type Intake,
  type IntakeLink,
  type intakeCountersignInputSchema,
  type intakeSubmissionInputSchema,
  type Page,
  type Screening,
  type StaffRole,
} from '@smp/contracts';
import type { z } from 'zod';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { isUniqueViolation } from '../http/error-to-problem.js';
import { rowAfter, toPage } from '../http/keyset-cursor.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import { theClient, type Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { ScreeningsService } from '../screening/screenings.service.js';
import { signaturePng } from '../shared/signature.js';
import { PublicEmails } from '../public-access/public-emails.js';
import { correctIntakeAnswers, type GivenAnswer } from './intake-corrections.js';
import { intakeEmail, IntakeLinks } from './intake-links.js';
import { intakeIncludes, toIntake } from './intake-view.js';

type SubmissionInput = z.output<typeof intakeSubmissionInputSchema>;
type CountersignInput = z.output<typeof intakeCountersignInputSchema>;

/** An answer as the database keeps it: a date only with a yes that has one. */
const storedAnswer = (given: GivenAnswer): Prisma.InputJsonObject => (given.answer && given.date ? { answer: true, date: given.date } : { answer: given.answer });

/** The client's answers are kept once: a second sending is refused, whichever way it arrives. */
export const alreadySent = () => conflictProblem('Your answers were sent already', 'The clinic has them; tell the artist at your consultation if anything changed.');

/**
 * What clients send from home before their consultation, and the artist's
 * countersignature that turns their answers into a screening.
 */
@Injectable()
export class IntakesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly settings: ClinicSettingsService,
    private readonly screenings: ScreeningsService,
    private readonly links: IntakeLinks,
    private readonly emails: PublicEmails,
  ) {}

  /**
   * A new link to the consultation's intake, for a client booked by phone or at the
   * desk (online bookings get theirs with the confirmation): emailed when the client
   * has an email, and returned for staff to send by text message.
   */
  async sendLink(clientId: string, consultationId: string, actor: Actor): Promise<IntakeLink> {
    const consultation = await this.database.consultation.findFirst({
      where: { id: consultationId, clientId },
      select: {
        appointmentId: true,
        client: { select: { firstName: true, email: true, archivedAt: true } },
        appointment: { select: { startsAt: true, status: true } },
        intakeSubmission: { select: { id: true } },
      },
    });
    if (!consultation) throw notFoundProblem('The consultation');
    if (consultation.client.archivedAt) throw conflictProblem('Client is archived', 'Restore the client before sending them a link');
    if (consultation.intakeSubmission) throw conflictProblem('The intake was sent already', 'The client has sent their answers for this consultation.');
    if (!['booked', 'confirmed'].includes(consultation.appointment.status) || consultation.appointment.startsAt.getTime() <= Date.now()) {
      throw conflictProblem('The consultation is not ahead', 'An intake link is for a booked consultation that has not begun.');
    }
    const settings = await this.settings.get();
    return this.database.$transaction(async (transaction) => {
      const link = await this.links.issue(transaction, { appointmentId: consultation.appointmentId, startsAt: consultation.appointment.startsAt });
      const { email } = consultation.client;
      if (email) await this.emails.queue(transaction, { to: email, ...intakeEmail(settings.name, consultation.client.firstName, link.url), key: `intake-link-${link.token.slice(0, 16)}` });
      await this.audit.record(transaction, actor, {
        action: 'intake.link_sent',
        clientId,
        entityType: 'consultation',
        entityId: consultationId,
        details: { emailed: Boolean(email) },
      });
      return { url: link.url, expiresAt: link.expiresAt.toISOString(), emailedTo: email };
    });
  }

  /**
   * The client's own statement for their consultation (found by their link: not
   * cancelled, the client not archived), written once: a second one is refused.
   */
  async submit(consultation: { id: string; clientId: string }, input: SubmissionInput, actor: Actor): Promise<{ id: string }> {
    const questionnaire = SCREENING_QUESTIONNAIRES[input.screening.questionnaireVersion]!;
    const settings = await this.settings.get();
    const { answers, answeredOutcome, futureDates } = signedAnswers(questionnaire, input.screening.answers, dateInZone(new Date(), settings.timeZone), settings.injectablesDeferDays);
    if (futureDates.length > 0) throw validationProblem(futureDates.map((id) => ({ field: `screening.answers.${id}.date`, message: 'Cannot be in the future' })));
    try {
      return await this.database.$transaction(async (transaction) => {
        const created = await transaction.intakeSubmission.create({
          data: {
            clientId: consultation.clientId,
            consultationId: consultation.id,
            contact: input.contact,
            history: input.history,
            questionnaireVersion: questionnaire.version,
            answers,
            answeredOutcome,
            signedName: input.screening.signedName,
            signaturePng: signaturePng(input.screening.signature),
          },
          select: { id: true },
        });
        await this.audit.record(transaction, theClient(actor), {
          action: 'intake.submit',
          clientId: consultation.clientId,
          entityType: 'intake_submission',
          entityId: created.id,
          details: { byClient: true, through: 'intake_link', questionnaireVersion: questionnaire.version },
        });
        return created;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw alreadySent();
      throw error;
    }
  }

  /** A client's intakes, newest first. Reading their medical part is audited. */
  async list(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor, role: StaffRole): Promise<Page<Intake>> {
    await existingClient(this.database, clientId);
    const boundary = await rowAfter(query.cursor, (id) => this.database.intakeSubmission.findFirst({ where: { id, clientId } }));
    const rows = await this.database.intakeSubmission.findMany({
      where: {
        clientId,
        ...(boundary ? { OR: [{ submittedAt: { lt: boundary.submittedAt } }, { submittedAt: boundary.submittedAt, id: { lt: boundary.id } }] } : {}),
      },
      include: intakeIncludes,
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const withAnswers = roleMay(role, 'screening.readAnswers');
    if (withAnswers && rows.length > 0) {
      await this.audit.record(this.database, actor, { action: 'intake.read', clientId, entityType: 'client', entityId: clientId, details: { list: true } });
    }
    return toPage(
      rows,
      query.limit,
      (row) => toIntake(row, withAnswers),
      (row) => [row.id],
    );
  }

  async get(intakeId: string, actor: Actor, role: StaffRole): Promise<Intake> {
    const row = await this.database.intakeSubmission.findUnique({ where: { id: intakeId }, include: intakeIncludes });
    if (!row) throw notFoundProblem('The intake');
    const withAnswers = roleMay(role, 'screening.readAnswers');
    if (withAnswers) await this.audit.record(this.database, actor, { action: 'intake.read', clientId: row.clientId, entityType: 'intake_submission', entityId: row.id });
    return toIntake(row, withAnswers);
  }

  /**
   * The artist goes through the client's answers with them and countersigns: the
   * answers, as corrected, become the client's screening, valid from today, signed by
   * the client at home. Each correction is kept beside the client's answer. Once only.
   */
  async countersign(intakeId: string, input: CountersignInput, actor: Actor, role: StaffRole): Promise<Screening> {
    const intake = await this.database.intakeSubmission.findUnique({ where: { id: intakeId }, include: { screening: { select: { id: true } } } });
    if (!intake) throw notFoundProblem('The intake');
    if (intake.screening) throw conflictProblem('Already countersigned', 'This intake is the client’s screening already; a change of answers is a new screening.');
    await assertActiveClient(this.database, intake.clientId, 'adding to their record');
    if (intake.questionnaireVersion !== CURRENT_SCREENING_QUESTIONNAIRE.version) {
      throw conflictProblem('The questionnaire has changed', 'The client answered a questionnaire since replaced: conduct a new screening with them.');
    }
    const today = dateInZone(new Date(), (await this.settings.get()).timeZone);
    const corrected = correctIntakeAnswers(CURRENT_SCREENING_QUESTIONNAIRE, intake.answers as unknown as Record<string, GivenAnswer>, input.corrections, today);
    if (corrected.problems.length > 0) throw validationProblem(corrected.problems);
    try {
      const row = await this.database.$transaction(async (transaction) => {
        const screening = await this.screenings.record(
          transaction,
          intake.clientId,
          {
            questionnaire: CURRENT_SCREENING_QUESTIONNAIRE,
            answers: corrected.answers,
            signedName: intake.signedName,
            signaturePng: new Uint8Array(intake.signaturePng),
            intakeSubmissionId: intake.id,
          },
          actor,
        );
        if (corrected.changes.length > 0) {
          await transaction.intakeAnswerCorrection.createMany({
            data: corrected.changes.map((change) => ({
              intakeSubmissionId: intake.id,
              screeningId: screening.id,
              questionId: change.questionId,
              clientAnswer: storedAnswer(change.clientAnswer),
              correctedAnswer: storedAnswer(change.correctedAnswer),
              note: change.note,
              correctedById: actor.staffId!,
            })),
          });
        }
        await this.audit.record(transaction, actor, {
          action: 'intake.countersign',
          clientId: intake.clientId,
          entityType: 'intake_submission',
          entityId: intake.id,
          details: { screeningId: screening.id, corrected: corrected.changes.map((change) => change.questionId) },
        });
        return screening;
      });
      return await this.screenings.view(row, role);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflictProblem('Already countersigned', 'Another artist countersigned this intake a moment ago.');
      throw error;
    }
  }
}
