import { Inject, Injectable } from '@nestjs/common';
import {
  CURRENT_SCREENING_QUESTIONNAIRE,
  dateInZone,
  roleMay,
  SCREENING_QUESTIONNAIRES,
  signedAnswers,
  type Page,
  type ScreeningQuestionnaire,
  type Screening,
  type StaffRole,
  type screeningInputSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { fromIsoDate } from '../database/column-values.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { rowAfter, toPage } from '../http/keyset-cursor.js';
import { notFoundProblem, validationProblem } from '../http/problem.js';
import { signaturePng } from '../shared/signature.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { screeningValidUntil } from './screening-status.js';
import { screeningIncludes, toScreening, type ScreeningRowWithPeople } from './screening-view.js';

type ScreeningInput = z.output<typeof screeningInputSchema>;

/** A questionnaire's answers with the client's typed name and drawn signature, as recorded. */
export interface SignedQuestionnaire {
  questionnaire: ScreeningQuestionnaire;
  answers: Record<string, { answer: boolean; date?: string | null | undefined }>;
  signedName: string;
  signaturePng: Uint8Array<ArrayBuffer>;
  /** When the client answered at home and an artist countersigns. */
  intakeSubmissionId?: string;
}

/** Signed screenings: recording them and reading them, answers only for roles that may see them. */
@Injectable()
export class ScreeningsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly settings: ClinicSettingsService,
  ) {}

  /** Records a signed screening. It is never changed afterwards: a change of answers is a new screening. */
  async create(clientId: string, input: ScreeningInput, actor: Actor, role: StaffRole): Promise<Screening> {
    await assertActiveClient(this.database, clientId, 'adding to their record');
    const signed: SignedQuestionnaire = {
      questionnaire: SCREENING_QUESTIONNAIRES[input.questionnaireVersion] ?? CURRENT_SCREENING_QUESTIONNAIRE,
      answers: input.answers,
      signedName: input.signedName,
      signaturePng: signaturePng(input.signature),
    };
    const row = await this.database.$transaction((transaction) => this.record(transaction, clientId, signed, actor));
    return this.view(row, role);
  }

  /**
   * Writes a signed screening in the caller's transaction, valid from today: only the
   * questions asked, with dates only where a yes asks for one, and its outcome as answered.
   */
  async record(transaction: Transaction, clientId: string, signed: SignedQuestionnaire, actor: Actor): Promise<ScreeningRowWithPeople> {
    const { questionnaire } = signed;
    const settings = await this.settings.get();
    const today = dateInZone(new Date(), settings.timeZone);
    const { answers, answeredOutcome, futureDates } = signedAnswers(questionnaire, signed.answers, today, settings.injectablesDeferDays);
    if (futureDates.length > 0) throw validationProblem(futureDates.map((id) => ({ field: `answers.${id}.date`, message: 'Cannot be in the future' })));
    const created = await transaction.screening.create({
      data: {
        clientId,
        questionnaireVersion: questionnaire.version,
        answers,
        answeredOutcome,
        conductedById: actor.staffId!,
        signedName: signed.signedName,
        signaturePng: signed.signaturePng,
        validUntil: fromIsoDate(screeningValidUntil(today, settings.screeningValidityDays))!,
        intakeSubmissionId: signed.intakeSubmissionId ?? null,
      },
      include: screeningIncludes,
    });
    await this.audit.record(transaction, actor, {
      action: 'screening.create',
      clientId: clientId,
      entityType: 'screening',
      entityId: created.id,
      details: { questionnaireVersion: questionnaire.version, ...(signed.intakeSubmissionId ? { intakeSubmissionId: signed.intakeSubmissionId } : {}) },
    });
    return created;
  }

  /** A client's screenings, newest first. Reading the answers is audited; reading outcomes is not. */
  async list(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor, role: StaffRole): Promise<Page<Screening>> {
    await existingClient(this.database, clientId);
    const boundary = await rowAfter(query.cursor, (id) => this.database.screening.findFirst({ where: { id, clientId } }));
    const rows = await this.database.screening.findMany({
      where: {
        clientId,
        ...(boundary ? { OR: [{ signedAt: { lt: boundary.signedAt } }, { signedAt: boundary.signedAt, id: { lt: boundary.id } }] } : {}),
      },
      include: screeningIncludes,
      orderBy: [{ signedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const context = await this.viewContext(clientId, role);
    if (context.withAnswers && rows.length > 0) {
      await this.audit.record(this.database, actor, { action: 'screening.read', clientId, entityType: 'client', entityId: clientId, details: { list: true } });
    }
    return toPage(
      rows,
      query.limit,
      (row) => toScreening(row, context),
      (row) => [row.id],
    );
  }

  async get(screeningId: string, actor: Actor, role: StaffRole): Promise<Screening> {
    const row = await this.database.screening.findUnique({ where: { id: screeningId }, include: screeningIncludes });
    if (!row) throw notFoundProblem('The screening');
    if (roleMay(role, 'screening.readAnswers')) {
      await this.audit.record(this.database, actor, { action: 'screening.read', clientId: row.clientId, entityType: 'screening', entityId: row.id });
    }
    return this.view(row, role);
  }

  async view(row: ScreeningRowWithPeople, role: StaffRole): Promise<Screening> {
    return toScreening(row, await this.viewContext(row.clientId, role));
  }

  private async viewContext(clientId: string, role: StaffRole) {
    const [settings, latestPatchTest] = await Promise.all([
      this.settings.get(),
      this.database.patchTest.findFirst({ where: { clientId }, orderBy: [{ readOn: 'desc' }, { recordedAt: 'desc' }], select: { result: true } }),
    ]);
    return {
      today: dateInZone(new Date(), settings.timeZone),
      injectablesDeferDays: settings.injectablesDeferDays,
      patchTestPassed: latestPatchTest?.result === 'passed',
      withAnswers: roleMay(role, 'screening.readAnswers'),
    };
  }
}
