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
