import { Inject, Injectable } from '@nestjs/common';
import {
  addCalendarDays,
  CURRENT_SCREENING_QUESTIONNAIRE,
  evaluateScreening,
  problemTypes,
  roleMay,
  SCREENING_QUESTIONNAIRES,
  type Eligibility,
  type Page,
  type PatchTest,
  type Screening,
  type StaffRole,
  type eligibilityOverrideInputSchema,
  type patchTestInputSchema,
  type screeningInputSchema,
  type clearanceFieldsSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient, type PatchTest as PatchTestRow } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../clients/client-record.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { dateInZone } from '@smp/contracts';
import { isIdPosition, positionAfter, toPage } from '../http/keyset-cursor.js';
import { notFoundProblem, ProblemException, validationProblem, conflictProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { FILE_EXTENSIONS } from '../storage/file-types.js';
import { DecodePool } from '../storage/decode-pool.js';
import type { UploadedFile } from '../http/uploads.js';
import { FILE_STORAGE, removeAll, type FileStorage } from '../storage/file-storage.js';
import { checkClearanceLetter } from './clearance-letter.js';
import { describeReason } from './eligibility-reasons.js';
import { ScreeningStandingQueries } from './screening-standing.queries.js';
import { screeningValidUntil } from './screening-status.js';
import { screeningIncludes, toScreening, type ScreeningRowWithPeople } from './screening-view.js';

type ScreeningInput = z.output<typeof screeningInputSchema>;
type PatchTestInput = z.output<typeof patchTestInputSchema>;
type OverrideInput = z.output<typeof eligibilityOverrideInputSchema>;
type ClearanceFields = z.output<typeof clearanceFieldsSchema>;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);


function clientAudit(clientId: string, entityType: string, entityId: string) {
  return { clientId, entityType, entityId };
}

@Injectable()
export class ScreeningService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly standings: ScreeningStandingQueries,
    private readonly settings: ClinicSettingsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly decodes: DecodePool,
  ) {}

  /** Records a signed screening. It is never changed afterwards: a change of answers is a new screening. */
  async create(clientId: string, input: ScreeningInput, actor: Actor, role: StaffRole): Promise<Screening> {
    await this.activeClient(clientId);
    const signature = Buffer.from(input.signature.slice(input.signature.indexOf(',') + 1), 'base64');
    if (!signature.subarray(0, 8).equals(PNG_SIGNATURE)) throw validationProblem([{ field: 'signature', message: 'Draw the signature' }]);
    const settings = await this.settings.get();
    const today = dateInZone(new Date(), settings.timeZone);
    const questionnaire = SCREENING_QUESTIONNAIRES[input.questionnaireVersion] ?? CURRENT_SCREENING_QUESTIONNAIRE;
    const future = questionnaire.questions.filter((question) => question.date?.kind === 'since' && (input.answers[question.id]?.date ?? '') > today);
    if (future.length > 0) throw validationProblem(future.map((question) => ({ field: `answers.${question.id}.date`, message: 'Cannot be in the future' })));
    // Only the questions asked, with dates only where a yes asks for one.
    const answers = Object.fromEntries(
      questionnaire.questions.map((question) => {
        const given = input.answers[question.id]!;
        return [question.id, given.answer && question.date && given.date ? { answer: true, date: given.date } : { answer: given.answer }];
      }),
    );
    const { answeredOutcome } = evaluateScreening(
      { questionnaire, answers, clearedQuestionIds: new Set(), patchTestPassed: false, injectablesDeferDays: settings.injectablesDeferDays },
      today,
    );
    const row = await this.database.$transaction(async (transaction) => {
      const created = await transaction.screening.create({
        data: {
          clientId,
          questionnaireVersion: questionnaire.version,
          answers,
          answeredOutcome,
          conductedById: actor.staffId!,
          signedName: input.signedName,
          signaturePng: new Uint8Array(signature),
          validUntil: fromIsoDate(screeningValidUntil(today, settings.screeningValidityDays))!,
        },
        include: screeningIncludes,
      });
      await this.audit.record(transaction, actor, {
        action: 'screening.create',
        ...clientAudit(clientId, 'screening', created.id),
        details: { questionnaireVersion: questionnaire.version },
      });
      return created;
    });
    return this.view(row, role);
  }

  /** A client's screenings, newest first. Reading the answers is audited; reading outcomes is not. */
  async list(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor, role: StaffRole): Promise<Page<Screening>> {
    await this.existingClient(clientId);
    const after = positionAfter(query.cursor, 1, isIdPosition);
    const boundary = after ? await this.database.screening.findFirst({ where: { id: after[0]!, clientId } }) : null;
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
    return toPage(rows, query.limit, (row) => toScreening(row, context), (row) => [row.id]);
  }

  async get(screeningId: string, actor: Actor, role: StaffRole): Promise<Screening> {
    const row = await this.database.screening.findUnique({ where: { id: screeningId }, include: screeningIncludes });
    if (!row) throw notFoundProblem('The screening');
    if (roleMay(role, 'screening.readAnswers')) {
      await this.audit.record(this.database, actor, { action: 'screening.read', ...clientAudit(row.clientId, 'screening', row.id) });
    }
    return this.view(row, role);
  }

  /** A doctor's letter, reviewed by the staff member who attaches it, clears one clearance-required item. */
  async addClearance(screeningId: string, fields: ClearanceFields, file: UploadedFile | undefined, actor: Actor, role: StaffRole): Promise<Screening> {
    const screening = await this.database.screening.findUnique({ where: { id: screeningId }, include: screeningIncludes });
    if (!screening) throw notFoundProblem('The screening');
    const question = SCREENING_QUESTIONNAIRES[screening.questionnaireVersion]!.questions.find((candidate) => candidate.id === fields.questionId);
    const answers = screening.answers as Record<string, { answer: boolean }>;
    if (!question || question.clearedBy !== 'clearance_document' || !answers[question.id]?.answer) {
      throw validationProblem([{ field: 'questionId', message: 'This screening has no such item needing a doctor’s clearance' }]);
    }
    if (screening.clearances.some((clearance) => clearance.questionId === question.id)) {
      throw conflictProblem('Already cleared', 'This item already has a clearance on file');
    }
    const type = await checkClearanceLetter(file, this.decodes);
    const key = `clearances/${screeningId}/${crypto.randomUUID()}.${FILE_EXTENSIONS[type]}`;
    await this.storage.put(key, file!.buffer);
    try {
      await this.database.$transaction(async (transaction) => {
        const clearance = await transaction.screeningClearance.create({
          data: {
            screeningId,
            questionId: question.id,
            note: fields.note || null,
            documentKey: key,
            documentType: type,
            documentName: file!.originalname.slice(0, 255) || `clearance.${FILE_EXTENSIONS[type]}`,
            documentSize: file!.size,
            reviewedById: actor.staffId!,
          },
        });
        await this.audit.record(transaction, actor, {
          action: 'screening.clearance_add',
          ...clientAudit(screening.clientId, 'screening', screeningId),
          details: { clearanceId: clearance.id },
        });
      });
    } catch (error) {
      await removeAll(this.storage, [key]);
      throw error;
    }
    return this.get(screeningId, actor, role);
  }

  async clearanceDocument(clearanceId: string, actor: Actor): Promise<{ bytes: Buffer; type: string; name: string }> {
    const clearance = await this.database.screeningClearance.findUnique({ where: { id: clearanceId }, include: { screening: { select: { clientId: true } } } });
    if (!clearance) throw notFoundProblem('The clearance');
    const bytes = await this.storage.read(clearance.documentKey);
    await this.audit.record(this.database, actor, {
      action: 'screening.clearance_view',
      ...clientAudit(clearance.screening.clientId, 'screening_clearance', clearance.id),
    });
    return { bytes, type: clearance.documentType, name: clearance.documentName };
  }

  async recordPatchTest(clientId: string, input: PatchTestInput, actor: Actor): Promise<PatchTest> {
    await this.activeClient(clientId);
    if (input.readOn > dateInZone(new Date(), (await this.settings.get()).timeZone)) {
      throw validationProblem([{ field: 'readOn', message: 'Cannot be in the future' }]);
    }
    const row = await this.database.$transaction(async (transaction) => {
      const created = await transaction.patchTest.create({
        data: {
          clientId,
          pigment: input.pigment,
          appliedOn: fromIsoDate(input.appliedOn)!,
          readOn: fromIsoDate(input.readOn)!,
          result: input.result,
          notes: input.notes ?? null,
          recordedById: actor.staffId!,
        },
        include: { recordedBy: { select: { id: true, name: true } } },
      });
      await this.audit.record(transaction, actor, {
        action: 'patch_test.record',
        ...clientAudit(clientId, 'patch_test', created.id),
        changedFields: Object.keys(input),
      });
      return created;
    });
    return toPatchTest(row);
  }

  async listPatchTests(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor): Promise<Page<PatchTest>> {
    await this.existingClient(clientId);
    const after = positionAfter(query.cursor, 1, isIdPosition);
    const boundary = after ? await this.database.patchTest.findFirst({ where: { id: after[0]!, clientId } }) : null;
    const rows = await this.database.patchTest.findMany({
      where: {
        clientId,
        ...(boundary ? { OR: [{ recordedAt: { lt: boundary.recordedAt } }, { recordedAt: boundary.recordedAt, id: { lt: boundary.id } }] } : {}),
      },
      include: { recordedBy: { select: { id: true, name: true } } },
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    await this.audit.record(this.database, actor, { action: 'patch_test.read', clientId, entityType: 'client', entityId: clientId });
    return toPage(rows, query.limit, toPatchTest, (row) => [row.id]);
  }

  /** Whether treatment may go ahead on a day, with the reasons if not, and an owner's override if one holds. */
  /** Eligibility as staff open it: for roles that see the medical reasons, that read is audited. */
  async readEligibility(clientId: string, onDate: string | undefined, actor: Actor, role: StaffRole): Promise<Eligibility> {
    const eligibility = await this.eligibility(clientId, onDate, role);
    if (roleMay(role, 'screening.readAnswers') && eligibility.reasons.some((reason) => reason.questionId)) {
      await this.audit.record(this.database, actor, { action: 'screening.read', clientId, entityType: 'client', entityId: clientId, details: { eligibility: true } });
    }
    return eligibility;
  }

  async eligibility(clientId: string, onDate: string | undefined, role: StaffRole): Promise<Eligibility> {
    await this.existingClient(clientId);
    const settings = await this.settings.get();
    const day = onDate ?? dateInZone(new Date(), settings.timeZone);
    const standing = (await this.standings.standings([clientId], day)).get(clientId)!;
    const [latest, override] = await Promise.all([
      standing.screeningId ? this.database.screening.findUnique({ where: { id: standing.screeningId }, select: { questionnaireVersion: true } }) : null,
      // An override answers the screening it was granted on: a newer screening is a new question.
      this.database.eligibilityOverride.findFirst({
        where: { clientId, screeningId: standing.screeningId, validUntil: { gte: fromIsoDate(day)! } },
        include: { grantedBy: { select: { id: true, name: true } } },
        orderBy: [{ grantedAt: 'desc' }],
      }),
    ]);
    const withAnswers = roleMay(role, 'screening.readAnswers');
    return {
      clientId,
      on: day,
      eligible: standing.eligibility.eligible || override !== null,
      reasons: standing.eligibility.reasons.map((reason) => ({
        code: reason.code,
        message: describeReason(reason, latest?.questionnaireVersion ?? null, withAnswers),
        questionId: withAnswers ? (reason.questionId ?? null) : null,
        until: reason.until ?? null,
      })),
      override: override
        ? { id: override.id, reason: override.reason, validUntil: toIsoDate(override.validUntil)!, grantedBy: override.grantedBy, grantedAt: override.grantedAt.toISOString() }
        : null,
      status: standing.status,
    };
  }

  /** An owner lets treatment go ahead although the screening does not, with a written reason, until a date. */
  async override(clientId: string, input: OverrideInput, actor: Actor, role: StaffRole): Promise<Eligibility> {
    await this.activeClient(clientId);
    const settings = await this.settings.get();
    const today = dateInZone(new Date(), settings.timeZone);
    const standing = (await this.standings.standings([clientId], today)).get(clientId)!;
    // No longer than the screening it answers would itself have allowed treatment.
    const latest = standing.status.validUntil ?? addCalendarDays(today, settings.screeningValidityDays - 1);
    if (input.validUntil < today || input.validUntil > latest) {
      throw validationProblem([{ field: 'validUntil', message: `Choose a day from ${today} to ${latest}` }]);
    }
    await this.database.$transaction(async (transaction) => {
      const override = await transaction.eligibilityOverride.create({
        data: { clientId, screeningId: standing.screeningId, reason: input.reason, validUntil: fromIsoDate(input.validUntil)!, grantedById: actor.staffId! },
      });
      await this.audit.record(transaction, actor, {
        action: 'eligibility.override',
        ...clientAudit(clientId, 'eligibility_override', override.id),
        details: { reason: input.reason, validUntil: input.validUntil },
      });
    });
    return this.eligibility(clientId, undefined, role);
  }

  /**
   * The rule plans and bookings call: refuses, with the reasons, treatment of a
   * client whose screening does not allow it on that day and whom no owner has let through.
   */
  async assertTreatmentAllowed(clientId: string, onDate: string, role: StaffRole): Promise<Eligibility> {
    const eligibility = await this.eligibility(clientId, onDate, role);
    if (!eligibility.eligible) {
      throw new ProblemException({
        type: problemTypes.notEligible,
        title: 'The screening does not allow treatment',
        status: 409,
        detail: eligibility.reasons.map((reason) => reason.message).join(' '),
        reasons: eligibility.reasons,
      });
    }
    return eligibility;
  }

  private async view(row: ScreeningRowWithPeople, role: StaffRole): Promise<Screening> {
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

  private async existingClient(clientId: string) {
    const client = await this.database.client.findUnique({ where: { id: clientId }, select: { archivedAt: true } });
    if (!client) throw notFoundProblem('The client');
    return client;
  }

  private async activeClient(clientId: string): Promise<void> {
    if ((await this.existingClient(clientId)).archivedAt) throw conflictProblem('Client is archived', 'Restore the client before adding to their record');
  }
}

function toPatchTest(row: PatchTestRow & { recordedBy: { id: string; name: string } }): PatchTest {
  return {
    id: row.id,
    clientId: row.clientId,
    pigment: row.pigment,
    appliedOn: toIsoDate(row.appliedOn)!,
    readOn: toIsoDate(row.readOn)!,
    result: row.result as PatchTest['result'],
    notes: row.notes,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}
