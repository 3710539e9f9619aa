import type { Database } from '../database/database.js';
import { conflictProblem } from '../http/problem.js';

/**
 * An alopecia / medical plan starts only with a doctor's clearance on file: a
 * clearance letter attached to an item of the client's latest screening (the
 * item asking about autoimmune disorders, cancer, thyroid and the like).
 */
export async function assertMedicalClearanceOnFile(database: Pick<Database, 'screening'>, plan: { clientId: string; style: string }): Promise<void> {
  if (plan.style !== 'alopecia_medical') return;
  const latest = await database.screening.findFirst({
    where: { clientId: plan.clientId },
    orderBy: [{ signedAt: 'desc' }, { id: 'desc' }],
    select: { _count: { select: { clearances: true } } },
  });
  if (latest && latest._count.clearances > 0) return;
  throw conflictProblem('Medical clearance needed', 'Alopecia / medical treatment starts only with a doctor’s clearance on file: attach it to the client’s screening first', {
    field: 'clearance',
    message: 'No doctor’s clearance on the client’s latest screening',
  });
}
