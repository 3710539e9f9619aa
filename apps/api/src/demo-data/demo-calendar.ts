import { addCalendarDays, isoWeekday } from '@smp/contracts';
import { fitsWithin, type Span } from '../scheduling/working-time.js';

export interface DemoVisit {
  clientEmail: string;
  kind: 'consultation' | 'plan_session' | 'maintenance';
  minutes: number;
  status: 'booked' | 'confirmed';
}

export interface PlacedVisit<Visit> {
  visit: Visit;
  start: number;
  end: number;
}

/**
 * The artist's treatment on the first working day: Hannah's first women's density
 * session, whose screening raised a caution item. Three hours, so it fits a short Saturday.
 * Her deposit was paid by card when the plan was quoted.
 */
export const demoTreatment = {
  clientEmail: 'hannah.weiss@example.com',
  style: 'womens_density' as const,
  shades: [['Medium Grey'], ['Medium Grey', 'Dark Grey']],
  minutes: 180,
  depositReference: 'T-5102',
};

/**
 * Visits over the rest of this week and next, in the order they are placed: new
 * clients' consultations, unconfirmed ones for reception to call, and a maintenance
 * visit whose screening has expired (an owner's decision).
 */
export const demoVisits: DemoVisit[] = [
  { clientEmail: 'jose.alvarez@example.com', kind: 'consultation', minutes: 60, status: 'booked' },
  { clientEmail: 'aisha.okafor@example.com', kind: 'consultation', minutes: 45, status: 'confirmed' },
  { clientEmail: 'tomas.obriain@example.com', kind: 'maintenance', minutes: 120, status: 'confirmed' },
  { clientEmail: 'grace.liu@example.com', kind: 'consultation', minutes: 30, status: 'booked' },
  { clientEmail: 'kwame.mensah@example.com', kind: 'consultation', minutes: 60, status: 'confirmed' },
  { clientEmail: 'maria.rossi@example.com', kind: 'consultation', minutes: 45, status: 'booked' },
  { clientEmail: 'ethan.cohen@example.com', kind: 'consultation', minutes: 60, status: 'booked' },
  { clientEmail: 'priya.nair@example.com', kind: 'consultation', minutes: 30, status: 'confirmed' },
];

/** The days from `today` to the Sunday of next week: this week and next as the first run sees them. */
export function thisWeekAndNext(today: string): string[] {
  const days = 7 - isoWeekday(today) + 7;
  return Array.from({ length: days + 1 }, (_, offset) => addCalendarDays(today, offset));
}

/**
 * Lays visits into the artist's working time, each after the one before on its
 * day, so none overlap: the treatment on the first working day from `today`, the
 * other visits one a working day after it, round again when days run short.
 * `spansOf` gives the artist's working spans of a day (hours cut to opening hours).
 */
export function placeDemoVisits<Visit extends { minutes: number }>(today: string, spansOf: (day: string) => Span[], treatment: Visit, visits: Visit[]): PlacedVisit<Visit>[] {
  const workingDays = thisWeekAndNext(today).filter((day) => spansOf(day).length > 0);
  const treatmentDay = workingDays[0] ?? null;
  if (!treatmentDay) return [];
  const laterDays = workingDays.slice(1);
  const nextFree = new Map<string, number>();
  const placed: PlacedVisit<Visit>[] = [];
  const place = (day: string, visit: Visit): boolean => {
    const duration = visit.minutes * 60_000;
    for (const span of spansOf(day)) {
      const start = Math.max(span.start, nextFree.get(day) ?? 0);
      if (!fitsWithin({ start, end: start + duration }, [span])) continue;
      placed.push({ visit, start, end: start + duration });
      nextFree.set(day, start + duration);
      return true;
    }
    return false;
  };
  place(treatmentDay, treatment);
  const days = laterDays.length > 0 ? laterDays : [treatmentDay];
  visits.forEach((visit, index) => {
    for (let tried = 0; tried < days.length; tried += 1) {
      if (place(days[(index + tried) % days.length]!, visit)) return;
    }
  });
  return placed;
}
