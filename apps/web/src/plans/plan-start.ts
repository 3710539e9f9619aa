import { plannedShade, type Plan } from '@smp/contracts';

interface Spacing {
  sessionSpacingMinDays: number;
  sessionSpacingMaxDays: number;
}

/** When each session may be booked once the plan starts: session 1 at once, each later one in its spacing window after the one before. */
export function sessionWindowsOnStart(plan: Pick<Plan, 'sessions'>, spacing: Spacing): string[] {
  return plan.sessions.map((session, index) =>
    index === 0
      ? `session ${session.number} (${plannedShade(session)}) can be booked now`
      : `session ${session.number} (${plannedShade(session)}) ${spacing.sessionSpacingMinDays}–${spacing.sessionSpacingMaxDays} days after session ${plan.sessions[index - 1]!.number} ends`,
  );
}
