import { dateInZone, nextSessionWindow, problemTypes, smpAllowedFrom, startsWithin, timeInZone, tooCloseLaserSession, type ClinicSettings, type SessionWindow } from '@smp/contracts';
import { ProblemException } from '../http/problem.js';
import { artistSpans, type CalendarFacts } from './calendar-facts.queries.js';
import { fitsWithin, type Span } from './working-time.js';

/** A rule a booking breaks; an owner may book anyway with a written reason. */
export type RuleBreach = ProblemException;

/**
 * Inside the artist's hours at the appointment's location and that location's opening
 * hours, on a day neither is off, on the location's clock.
 */
export function hoursBreach(facts: CalendarFacts, artistId: string, span: Span, locationId: string): RuleBreach | null {
  const location = facts.locations.find((candidate) => candidate.id === locationId);
  const tz = location?.timeZone ?? facts.settings.timeZone;
  const date = dateInZone(span.start, tz);
  const working = location ? artistSpans(facts, artistId, date, location) : [];
  if (fitsWithin(span, working)) return null;
  const hours = working.map((candidate) => `${timeInZone(candidate.start, tz)}–${timeInZone(candidate.end, tz)}`);
  return new ProblemException({
    type: problemTypes.outsideWorkingHours,
    title: 'Outside working hours',
    status: 409,
    detail: hours.length
      ? `On ${date} the artist works ${hours.join(' and ')} there (within the location’s opening hours)`
      : `The artist does not work there on ${date}, or the location is closed`,
    workingHours: hours,
    errors: [{ field: 'startsAt', message: 'Outside the artist’s working hours' }],
  });
}

/** Session n+1 within its window after session n; `window` null means there is no session before. */
export function windowBreach(window: SessionWindow | null, startsAt: Date, timeZone: string, sessionNumber: number): RuleBreach | null {
  if (!window || startsWithin(window, startsAt, timeZone)) return null;
  return new ProblemException({
    type: problemTypes.outsideSessionWindow,
    title: 'Outside the session window',
    status: 409,
    detail: `Session ${sessionNumber} must start between ${window.opensOn} and ${window.closesOn}, 1 to 4 weeks after the session before ends, so the pigment can settle`,
    window,
    errors: [{ field: 'startsAt', message: `Choose a day from ${window.opensOn} to ${window.closesOn}` }],
  });
}

/** The window of the session after one that ends at `previousEndsAt`; none when there is no session before. */
export function windowAfter(previousEndsAt: Date | null, settings: ClinicSettings): SessionWindow | null {
  return previousEndsAt ? nextSessionWindow(previousEndsAt, settings.timeZone, settings.sessionSpacingMinDays, settings.sessionSpacingMaxDays) : null;
}

/**
 * SMP after laser removal waits for the skin to heal: an SMP session starting at
 * `smpStartsAt` breaks the rule when it starts before the healing days after the
 * laser session that ends at `laserEndsAt` are over.
 */
export function laserHealingBreach(laserEndsAt: Date | null, smpStartsAt: Date | null, settings: ClinicSettings): RuleBreach | null {
  if (!laserEndsAt || !smpStartsAt) return null;
  const allowedFrom = smpAllowedFrom(laserEndsAt, settings.timeZone, settings.laserHealingDays);
  if (dateInZone(smpStartsAt, settings.timeZone) >= allowedFrom) return null;
  return new ProblemException({
    type: problemTypes.beforeLaserHealing,
    title: 'Before the skin has healed from laser removal',
    status: 409,
    detail: `SMP may start on ${allowedFrom} at the earliest: ${settings.laserHealingDays} days after the laser session of ${dateInZone(laserEndsAt, settings.timeZone)}`,
    earliestOn: allowedFrom,
    errors: [{ field: 'startsAt', message: `SMP may start on ${allowedFrom} at the earliest` }],
  });
}

/** Laser sessions of one plan keep the clinic's spacing from each other, so the skin recovers between them. */
export function laserSpacingBreach(otherLaserSessions: readonly { startsAt: Date }[], startsAt: Date, settings: ClinicSettings): RuleBreach | null {
  const tooClose = tooCloseLaserSession(otherLaserSessions, startsAt, settings.timeZone, settings.laserSpacingDays);
  if (!tooClose) return null;
  const otherDay = dateInZone(tooClose.startsAt, settings.timeZone);
  return new ProblemException({
    type: problemTypes.laserSpacing,
    title: 'Too close to another laser session',
    status: 409,
    detail: `Laser sessions of a plan are at least ${settings.laserSpacingDays} days apart; this plan has one on ${otherDay}`,
    errors: [{ field: 'startsAt', message: `At least ${settings.laserSpacingDays} days from the laser session of ${otherDay}` }],
  });
}
