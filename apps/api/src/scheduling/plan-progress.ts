import type { ClinicSettings, SessionWindow } from '@smp/contracts';
import type { Appointment as AppointmentRow } from '../generated/prisma/client.js';
import type { Actor } from '../audit/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { HOLDING } from './appointment-writer.js';
import type { Transaction } from '../database/database.js';
import { windowAfter } from './booking-rules.js';

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

/** Whether the appointment's plan goes on with a session that has no booking yet. */
export async function planHasSessionToBook(transaction: Transaction, appointment: AppointmentRow): Promise<boolean> {
  if (!appointment.planSessionId) return false;
  const { plan } = await transaction.planSession.findUniqueOrThrow({
    where: { id: appointment.planSessionId },
    select: { plan: { select: { status: true, sessions: { select: { appointments: { where: { status: HOLDING }, select: { id: true } } } } } } },
  });
  return plan.status === 'active' && plan.sessions.some((session) => session.appointments.length === 0);
}

type BookableSession = { id: string; number: number; appointments: { endsAt: Date }[] };

/**
 * The plan's next session to book: the first without a holding appointment, and
 * the window it must start in. 'all booked', or 'gap' when the session before it
 * lost its booking (cancelled after this one's turn came).
 */
export function nextSessionToBook<S extends BookableSession>(sessions: S[], settings: ClinicSettings): { session: S; window: SessionWindow | null } | 'all booked' | 'gap' {
  const index = sessions.findIndex((session) => session.appointments.length === 0);
  if (index < 0) return 'all booked';
  const previous = index > 0 ? sessions[index - 1]!.appointments[0] : undefined;
  if (index > 0 && !previous) return 'gap';
  return { session: sessions[index]!, window: windowAfter(previous?.endsAt ?? null, settings) };
}
