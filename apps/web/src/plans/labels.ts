import type { Plan } from '@smp/contracts';

export const planStatusLabels: Record<Plan['status'], string> = { draft: 'Draft', active: 'Active', completed: 'Completed', cancelled: 'Cancelled' };

export const planStatusTags: Record<Plan['status'], string> = { draft: 'tag warning', active: 'tag info', completed: 'tag', cancelled: 'tag danger' };

export const sessionKindLabels: Record<Plan['sessions'][number]['kind'], string> = { included: 'Included', extra: 'Paid touch-up' };

/** The first session without a live booking: the one reception books next. */
export function nextOpenSession(plan: Plan): Plan['sessions'][number] | undefined {
  return plan.sessions.find((session) => !session.appointment);
}
