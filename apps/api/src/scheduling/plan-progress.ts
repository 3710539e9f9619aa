import type { Appointment as AppointmentRow } from '../generated/prisma/client.js';
import type { Actor } from '../audit/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Transaction } from './appointment-writer.js';

/** A completed plan session may finish its plan: when every session has a completed appointment. */
export async function completePlanIfDone(transaction: Transaction, audit: AuditService, appointment: AppointmentRow, actor: Actor): Promise<void> {
  if (!appointment.planSessionId) return;
  const session = await transaction.planSession.findUniqueOrThrow({
    where: { id: appointment.planSessionId },
    include: { plan: { include: { sessions: { include: { appointments: { where: { status: 'completed' }, select: { id: true } } } } } } },
  });
  const plan = session.plan;
  if (plan.status !== 'active' || !plan.sessions.every((candidate) => candidate.appointments.length > 0)) return;
  await transaction.treatmentPlan.update({ where: { id: plan.id }, data: { status: 'completed', completedAt: new Date() } });
  await audit.record(transaction, actor, { action: 'plan.complete', clientId: plan.clientId, entityType: 'treatment_plan', entityId: plan.id, changedFields: ['status'] });
}
