import { Inject, Injectable } from '@nestjs/common';
import type { CorrectionAssessment, correctionAssessmentInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { assertActiveClient } from '../shared/client-checks.js';
import { assessmentIncludes, toAssessment } from './correction-views.js';

type AssessmentInput = z.output<typeof correctionAssessmentInputSchema>;

/** The assessment of another artist's work that a correction plan starts from: written once, before the plan starts. */
@Injectable()
export class AssessmentsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async record(planId: string, input: AssessmentInput, actor: Actor): Promise<CorrectionAssessment> {
    const id = await this.database.$transaction(async (transaction) => {
      const [locked] = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM treatment_plans WHERE id = ${planId}::uuid FOR UPDATE`;
      if (!locked) throw notFoundProblem('The plan');
      const plan = await transaction.treatmentPlan.findUniqueOrThrow({ where: { id: planId }, include: { correctionAssessment: { select: { id: true } } } });
      if (plan.style !== 'correction') throw conflictProblem('Not a correction', 'Only a correction plan starts from an assessment of previous work');
      if (plan.status !== 'draft') throw conflictProblem('Plan started', `The assessment comes before the plan starts; the plan is ${plan.status}`);
      if (plan.correctionAssessment) throw conflictProblem('Already assessed', 'The plan’s assessment is recorded, and is never changed');
      await assertActiveClient(transaction, plan.clientId, 'assessing previous work');
      await this.assertClientPhotos(transaction, plan.clientId, input.photoIds);
      const assessment = await transaction.correctionAssessment.create({
        data: {
          planId,
          clientId: plan.clientId,
          areas: input.areas,
          issues: input.issues,
          previousArtist: input.previousArtist || null,
          description: input.description,
          recordedById: actor.staffId!,
          photos: { create: [...new Set(input.photoIds.map((photoId) => photoId.toLowerCase()))].map((photoId) => ({ photoId })) },
        },
      });
      await this.audit.record(transaction, actor, {
        action: 'correction.assess',
        clientId: plan.clientId,
        entityType: 'correction_assessment',
        entityId: assessment.id,
        details: { planId, photos: input.photoIds.length },
      });
      return assessment.id;
    });
    return this.load(id);
  }

  async forPlan(planId: string, actor: Actor): Promise<CorrectionAssessment> {
    const row = await this.database.correctionAssessment.findUnique({ where: { planId }, include: assessmentIncludes });
    if (!row) throw notFoundProblem('The assessment');
    await this.audit.record(this.database, actor, { action: 'correction.read', clientId: row.clientId, entityType: 'correction_assessment', entityId: row.id });
    return toAssessment(row);
  }

  private async assertClientPhotos(database: Pick<Database, 'clientPhoto'>, clientId: string, photoIds: string[]): Promise<void> {
    const found = await database.clientPhoto.findMany({ where: { id: { in: photoIds }, clientId }, select: { id: true } });
    const known = new Set(found.map((photo) => photo.id));
    const errors = photoIds.flatMap((photoId, index) => (known.has(photoId.toLowerCase()) ? [] : [{ field: `photoIds.${index}`, message: 'Not a photo of this client' }]));
    if (errors.length > 0) throw validationProblem(errors);
  }

  private async load(assessmentId: string): Promise<CorrectionAssessment> {
    return toAssessment(await this.database.correctionAssessment.findUniqueOrThrow({ where: { id: assessmentId }, include: assessmentIncludes }));
  }
}
