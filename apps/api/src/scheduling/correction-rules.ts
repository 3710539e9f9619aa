import { MAX_LASER_SESSIONS, smpAllowedFrom, type AppointmentKind, type ClinicSettings } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { conflictProblem, validationProblem } from '../http/problem.js';
import { HOLDING } from './appointment-writer.js';
import type { Transaction } from '../database/database.js';
import { laserHealingBreach, laserSpacingBreach, type RuleBreach } from './booking-rules.js';

/** A booking, or a move, as the laser rules of a correction plan see it. */
export interface CorrectionBooking {
  kind: AppointmentKind;
  clientId: string;
  correctionPlanId: string | null;
  planSessionId: string | null;
  startsAt: Date;
  endsAt: Date;
  /** The appointment being moved, which does not count against itself. */
  moving?: string;
}

type Reader = Database | Transaction;

/**
 * The laser rules a booking of a correction plan breaks: laser sessions keep
 * their spacing, and SMP waits for the skin to heal after the last of them (a
 * laser session booked late must not fall within that time before an SMP session
 * already booked). `lockPlan` (inside a transaction) holds the plan until commit,
 * so two bookings of the same plan are checked one after the other.
 */
export async function correctionBreaches(database: Reader, booking: CorrectionBooking, settings: ClinicSettings, options: { lockPlan?: boolean } = {}): Promise<RuleBreach[]> {
  const planId = await correctionPlanOf(database, booking);
  if (!planId) return [];
  if (options.lockPlan) await database.$queryRaw`SELECT id FROM treatment_plans WHERE id = ${planId}::uuid FOR UPDATE`;
  const { laser, smp } = await liveSessions(database, planId, booking.moving);
  const breaches =
    booking.kind === 'laser'
      ? [laserSpacingBreach(laser, booking.startsAt, settings), laserHealingBreach(booking.endsAt, smp[0]?.startsAt ?? null, settings)]
      : [laserHealingBreach(lastEnd(laser), booking.startsAt, settings)];
  if (booking.kind === 'laser' && laser.length >= MAX_LASER_SESSIONS) {
    throw conflictProblem(`${MAX_LASER_SESSIONS} laser sessions already`, `A correction plan has at most ${MAX_LASER_SESSIONS} laser removal sessions`);
  }
  return breaches.filter((breach): breach is RuleBreach => breach !== null);
}

/** The live laser and SMP appointments of a correction plan, in start order. */
export async function liveSessions(database: Reader, planId: string, except?: string) {
  const appointments = await database.appointment.findMany({
    where: { status: HOLDING, ...(except ? { id: { not: except } } : {}), OR: [{ correctionPlanId: planId }, { planSession: { planId } }] },
    select: { id: true, kind: true, startsAt: true, endsAt: true },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
  });
  return { laser: appointments.filter((appointment) => appointment.kind === 'laser'), smp: appointments.filter((appointment) => appointment.kind === 'plan_session') };
}

/** The first day an SMP session of a correction plan may start; null while it has no laser session. */
export async function smpAllowedOn(database: Reader, planId: string, settings: ClinicSettings): Promise<string | null> {
  const end = lastEnd((await liveSessions(database, planId)).laser);
  return end ? smpAllowedFrom(end, settings.timeZone, settings.laserHealingDays) : null;
}

/** When the last of some laser sessions ends; null without any. */
export function lastEnd(laserSessions: readonly { endsAt: Date }[]): Date | null {
  return laserSessions.reduce<Date | null>((last, session) => (!last || session.endsAt > last ? session.endsAt : last), null);
}

/** The correction plan a booking belongs to; null for anything else. A laser session names an active one of its client. */
async function correctionPlanOf(database: Reader, booking: CorrectionBooking): Promise<string | null> {
  if (booking.kind === 'laser') {
    const plan = await database.treatmentPlan.findUnique({ where: { id: booking.correctionPlanId! }, select: { id: true, clientId: true, style: true, status: true } });
    if (!plan || plan.clientId !== booking.clientId || plan.style !== 'correction') {
      throw validationProblem([{ field: 'correctionPlanId', message: 'Not a correction plan of this client' }]);
    }
    if (plan.status !== 'active') throw conflictProblem('Plan not active', 'Book laser sessions of an active plan: start the plan first');
    return plan.id;
  }
  if (!booking.planSessionId) return null;
  const session = await database.planSession.findUnique({ where: { id: booking.planSessionId }, select: { plan: { select: { id: true, style: true } } } });
  return session?.plan.style === 'correction' ? session.plan.id : null;
}
