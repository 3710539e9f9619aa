import { Inject, Injectable } from '@nestjs/common';
import {
  dateInZone,
  pigmentName,
  SCREENING_QUESTIONNAIRES,
  type Page,
  type PatchTest,
  type Screening,
  type StaffRole,
  type clearanceFieldsSchema,
  type patchTestInputSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient, type PatchTest as PatchTestRow, type Pigment } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../database/column-values.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { rowAfter, toPage } from '../http/keyset-cursor.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { DecodePool } from '../storage/decode-pool.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { readClearanceLetter, storeClearanceLetter } from './clearance-letter.js';
import { screeningIncludes } from './screening-view.js';
import { ScreeningsService } from './screenings.service.js';

type PatchTestInput = z.output<typeof patchTestInputSchema>;
type ClearanceFields = z.output<typeof clearanceFieldsSchema>;

/** What clears a screening item: a doctor's letter for one item, a passed patch test for a pigment allergy. */
@Injectable()
export class ClearancesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly settings: ClinicSettingsService,
    private readonly screenings: ScreeningsService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly decodes: DecodePool,
  ) {}

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
    await storeClearanceLetter(file, { decodes: this.decodes, storage: this.storage }, `clearances/${screeningId}`, (letter) =>
      this.database.$transaction(async (transaction) => {
        const clearance = await transaction.screeningClearance.create({
          data: { screeningId, questionId: question.id, note: fields.note || null, ...letter, reviewedById: actor.staffId! },
        });
        await this.audit.record(transaction, actor, {
          action: 'screening.clearance_add',
          clientId: screening.clientId,
          entityType: 'screening',
          entityId: screeningId,
          details: { clearanceId: clearance.id },
        });
      }),
    );
    return this.screenings.get(screeningId, actor, role);
  }

  async clearanceDocument(clearanceId: string, actor: Actor): Promise<{ bytes: Buffer; type: string; name: string }> {
    const clearance = await this.database.screeningClearance.findUnique({ where: { id: clearanceId }, include: { screening: { select: { clientId: true } } } });
    if (!clearance) throw notFoundProblem('The clearance');
    return readClearanceLetter(clearance, { storage: this.storage, audit: this.audit, database: this.database }, actor, {
      action: 'screening.clearance_view',
      clientId: clearance.screening.clientId,
      entityType: 'screening_clearance',
      entityId: clearance.id,
    });
  }

  async recordPatchTest(clientId: string, input: PatchTestInput, actor: Actor): Promise<PatchTest> {
    await assertActiveClient(this.database, clientId, 'adding to their record');
    if (input.readOn > dateInZone(new Date(), (await this.settings.get()).timeZone)) {
      throw validationProblem([{ field: 'readOn', message: 'Cannot be in the future' }]);
    }
    await this.assertTestedPigment(input);
    const row = await this.database.$transaction(async (transaction) => {
      const created = await transaction.patchTest.create({
        data: {
          clientId,
          pigmentId: input.pigmentId,
          pigmentLotId: input.lotId ?? null,
          appliedOn: fromIsoDate(input.appliedOn)!,
          readOn: fromIsoDate(input.readOn)!,
          result: input.result,
          notes: input.notes ?? null,
          recordedById: actor.staffId!,
        },
        include: patchTestIncludes,
      });
      await this.audit.record(transaction, actor, {
        action: 'patch_test.record',
        clientId: clientId,
        entityType: 'patch_test',
        entityId: created.id,
        changedFields: Object.keys(input),
      });
      return created;
    });
    return toPatchTest(row);
  }

  async listPatchTests(clientId: string, query: { cursor?: string | undefined; limit: number }, actor: Actor): Promise<Page<PatchTest>> {
    await existingClient(this.database, clientId);
    const boundary = await rowAfter(query.cursor, (id) => this.database.patchTest.findFirst({ where: { id, clientId } }));
    const rows = await this.database.patchTest.findMany({
      where: {
        clientId,
        ...(boundary ? { OR: [{ recordedAt: { lt: boundary.recordedAt } }, { recordedAt: boundary.recordedAt, id: { lt: boundary.id } }] } : {}),
      },
      include: patchTestIncludes,
      orderBy: [{ recordedAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    await this.audit.record(this.database, actor, { action: 'patch_test.read', clientId, entityType: 'client', entityId: clientId });
    return toPage(rows, query.limit, toPatchTest, (row) => [row.id]);
  }

  /** The pigment tested is one of the catalogue, and the lot, when named, one of its lots. */
  private async assertTestedPigment(input: PatchTestInput): Promise<void> {
    const [pigment, lot] = await Promise.all([
      this.database.pigment.findUnique({ where: { id: input.pigmentId } }),
      input.lotId ? this.database.pigmentLot.findUnique({ where: { id: input.lotId } }) : null,
    ]);
    if (!pigment) throw validationProblem([{ field: 'pigmentId', message: 'Not a pigment of the catalogue' }]);
    if (input.lotId && lot?.pigmentId !== pigment.id) throw validationProblem([{ field: 'lotId', message: `Not a lot of ${pigmentName(pigment)}` }]);
  }
}

const patchTestIncludes = { recordedBy: { select: { id: true, name: true } }, pigment: true, pigmentLot: { select: { id: true, lotNumber: true } } } as const;

function toPatchTest(row: PatchTestRow & { recordedBy: { id: string; name: string }; pigment: Pigment | null; pigmentLot: { id: string; lotNumber: string } | null }): PatchTest {
  return {
    id: row.id,
    clientId: row.clientId,
    // Tests from before the catalogue was named keep the pigment as it was typed.
    pigment: row.pigment ? pigmentName(row.pigment) : row.pigmentNote!,
    pigmentId: row.pigmentId,
    lot: row.pigmentLot,
    appliedOn: toIsoDate(row.appliedOn)!,
    readOn: toIsoDate(row.readOn)!,
    result: row.result as PatchTest['result'],
    notes: row.notes,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
  };
}
