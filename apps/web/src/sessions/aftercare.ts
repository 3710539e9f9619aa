import type { AftercareStep } from '@smp/contracts';
import { format, parseISO } from 'date-fns';
import { formatDate } from '../shared/format';

/**
 * When a step applies, in the words printed for the client: "25–29 Nov 2026",
 * "30 Nov – 4 Dec 2026", "From 5 Dec 2026". Dates are the clinic calendar's days.
 */
export function aftercareDates({ from, to }: Pick<AftercareStep, 'from' | 'to'>): string {
  if (!to) return `From ${formatDate(from)}`;
  if (from.slice(0, 4) !== to.slice(0, 4)) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from.slice(0, 7) !== to.slice(0, 7)) return `${format(parseISO(from), 'd MMM')} – ${formatDate(to)}`;
  return `${format(parseISO(from), 'd')}–${formatDate(to)}`;
}

/** The last day the schedule covers: the end of its latest step (a step with no end, from its first day). */
export function aftercareEndsOn(steps: Pick<AftercareStep, 'from' | 'to'>[]): string | null {
  return steps.map((step) => step.to ?? step.from).reduce<string | null>((latest, day) => (latest === null || day > latest ? day : latest), null);
}

/**
 * Whether the client is still following the schedule on `today` (a day of the clinic's
 * calendar): until its last step has ended. Afterwards it is history, not advice.
 */
export function aftercareIsCurrent(steps: Pick<AftercareStep, 'from' | 'to'>[], today: string): boolean {
  const endsOn = aftercareEndsOn(steps);
  return endsOn !== null && today <= endsOn;
}
