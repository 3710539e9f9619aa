import { Inject, Injectable } from '@nestjs/common';
import type { Plan, clearanceOverrideSchema, planClearanceFieldsSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { readClearanceLetter, storeClearanceLetter } from '../screening/clearance-letter.js';
import { DecodePool } from '../storage/decode-pool.js';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage.js';
import { assertActiveClient } from '../shared/client-checks.js';
import { medicalClearanceOnFile } from './clearance-gate.js';
import { PlansService } from './plans.service.js';

type LetterFields = z.output<typeof planClearanceFieldsSchema>;
type OverrideInput = z.output<typeof clearanceOverrideSchema>;

/**
 * A doctor's clearance for an alopecia / medical plan when the client's screening holds
 * none (no item of it asked for one): a letter attached to the plan, or an owner's
 * written override of the missing letter. Both are kept for good.
 */
@Injectable()
export class PlanClearancesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly plans: PlansService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly decodes: DecodePool,
  ) {}

  /** The letter, reviewed by the staff member who attaches it, with the same checks as a screening's clearance letter. */
  async attach(planId: string, fields: LetterFields, file: UploadedFile | undefined, actor: Actor): Promise<Plan> {
    // Refused before the file is read and stored; checked again under the plan's lock.
    await this.planNeedingClearance(this.database, planId);
    await storeClearanceLetter(file, { decodes: this.decodes, storage: this.storage }, `plan-clearances/${planId}`, (letter) =>
      this.database.$transaction(async (transaction) => {
        const plan = await this.planNeedingClearance(transaction, planId, { lock: true });
        const clearance = await transaction.planClearance.create({ data: { planId, note: fields.note || null, ...letter, recordedById: actor.staffId! } });
        await this.audit.record(transaction, actor, {
          action: 'plan.clearance_add',
          clientId: plan.clientId,
          entityType: 'treatment_plan',
          entityId: planId,
          details: { clearanceId: clearance.id },
        });
      }),
    );
    return this.plans.get(planId);
  }

  /** An owner lets a draft plan start without a doctor's letter, saying why. */
  async override(planId: string, input: OverrideInput, actor: Actor): Promise<Plan> {
    await this.database.$transaction(async (transaction) => {
      const plan = await this.planNeedingClearance(transaction, planId, { lock: true });
      if (plan.status !== 'draft') throw conflictProblem('Already started', `The plan is ${plan.status}`);
      if (await medicalClearanceOnFile(transaction, plan)) throw conflictProblem('Clearance on file', 'A doctor’s clearance is on file already: the plan may start');
      const clearance = await transaction.planClearance.create({ data: { planId, overrideReason: input.reason, recordedById: actor.staffId! } });
      await this.audit.record(transaction, actor, {
        action: 'plan.clearance_override',
        clientId: plan.clientId,
        entityType: 'treatment_plan',
        entityId: planId,
        details: { clearanceId: clearance.id, reason: input.reason },
      });
    });
    return this.plans.get(planId);
  }

  async document(clearanceId: string, actor: Actor): Promise<{ bytes: Buffer; type: string; name: string }> {
    const clearance = await this.database.planClearance.findUnique({ where: { id: clearanceId }, include: { plan: { select: { clientId: true } } } });
    if (!clearance?.documentKey) throw notFoundProblem('The clearance letter');
    const letter = { documentKey: clearance.documentKey, documentType: clearance.documentType!, documentName: clearance.documentName! };
    return readClearanceLetter(letter, { storage: this.storage, audit: this.audit, database: this.database }, actor, {
      action: 'plan.clearance_view',
      clientId: clearance.plan.clientId,
      entityType: 'plan_clearance',
      entityId: clearance.id,
    });
  }

  /** The plan, when a clearance may still be added to it; under a lock, no start, cancel or other clearance can overtake the check. */
  private async planNeedingClearance(database: Database | Transaction, planId: string, { lock = false } = {}) {
    if (lock) await database.$queryRaw`SELECT id FROM treatment_plans WHERE id = ${planId}::uuid FOR UPDATE`;
    const plan = await database.treatmentPlan.findUnique({ where: { id: planId }, select: { clientId: true, style: true, status: true, clearances: { select: { id: true } } } });
    if (!plan) throw notFoundProblem('The plan');
    if (plan.style !== 'alopecia_medical') throw conflictProblem('No clearance needed', 'Only an alopecia / medical plan needs a doctor’s clearance');
    if (plan.status === 'cancelled' || plan.status === 'completed') throw conflictProblem('Plan closed', `The plan is ${plan.status}`);
    await assertActiveClient(database, plan.clientId, 'adding to their record');
    return plan;
  }
}
