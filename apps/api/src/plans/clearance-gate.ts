import type { Database } from '../database/database.js';
import { conflictProblem } from '../http/problem.js';
import { CLEARANCE_MISSING } from './start-blockers.js';

/**
 * Whether a doctor's clearance is on file for a plan: a letter attached to an item of
 * the client's latest screening (the item asking about autoimmune disorders, cancer,
 * thyroid and the like), or, when no item asked for one, a letter attached to the plan
 * or an owner's override of the missing letter.
 */
export async function medicalClearanceOnFile(database: Pick<Database, 'screening'>, plan: { clientId: string; clearances: readonly unknown[] }): Promise<boolean> {
  if (plan.clearances.length > 0) return true;
  const latest = await database.screening.findFirst({
    where: { clientId: plan.clientId },
    orderBy: [{ signedAt: 'desc' }, { id: 'desc' }],
    select: { _count: { select: { clearances: true } } },
  });
  return !!latest && latest._count.clearances > 0;
}

/** An alopecia / medical plan starts only with a doctor's clearance on file. */
export async function assertMedicalClearanceOnFile(database: Pick<Database, 'screening'>, plan: { clientId: string; style: string; clearances: readonly unknown[] }): Promise<void> {
  if (plan.style !== 'alopecia_medical' || (await medicalClearanceOnFile(database, plan))) return;
  throw conflictProblem(
    'Medical clearance needed',
    'Alopecia / medical treatment starts only with a doctor’s clearance on file: attach it to the client’s screening or to the plan first, or an owner overrides it',
    { field: 'clearance', message: CLEARANCE_MISSING },
  );
}
