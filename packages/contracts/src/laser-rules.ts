import { addCalendarDays, dateInZone } from './clinic-time.js';

// The laser rules of a correction plan, apart from the schemas: the plan page shows them without loading zod.

/** Laser removal before a correction takes 1 to 10 sessions. */
export const MAX_LASER_SESSIONS = 10;

/** The first day SMP may follow a laser session that ends at `laserEndsAt`: the skin heals first. */
export function smpAllowedFrom(laserEndsAt: Date, timeZone: string, healingDays: number): string {
  return addCalendarDays(dateInZone(laserEndsAt, timeZone), healingDays);
}

/**
 * The laser session nearest to one starting at `startsAt` that is closer than
 * `spacingDays` calendar days, counted between their days on the clinic's calendar.
 */
export function tooCloseLaserSession<T extends { startsAt: Date }>(others: readonly T[], startsAt: Date, timeZone: string, spacingDays: number): T | null {
  const day = dateInZone(startsAt, timeZone);
  const tooClose = others.filter((other) => {
    const otherDay = dateInZone(other.startsAt, timeZone);
    return addCalendarDays(otherDay, spacingDays) > day && addCalendarDays(day, spacingDays) > otherDay;
  });
  return tooClose.sort((a, b) => Math.abs(a.startsAt.getTime() - startsAt.getTime()) - Math.abs(b.startsAt.getTime() - startsAt.getTime()))[0] ?? null;
}
