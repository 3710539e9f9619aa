import { addCalendarDays, dateInZone, timeInZone, zonedInstant } from './clinic-time.js';

/** Tax rates are whole hundredths of a percent: 2000 is 20%. */
export const BASIS_POINTS_PER_WHOLE = 10_000;

export interface LineAmounts {
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
}

/** Rounds half away from zero, so a discount's tax mirrors the tax of the same charge. */
function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/**
 * A line's net, tax and total in minor units. With prices that include tax the
 * line's price is its total and the tax is the part of it the rate accounts for;
 * otherwise the price is net and the tax is added. Tax is rounded per line.
 */
export function lineAmounts(line: { quantity: number; unitPriceMinor: number; taxBasisPoints: number }, pricesIncludeTax: boolean): LineAmounts {
  const amount = line.quantity * line.unitPriceMinor;
  if (pricesIncludeTax) {
    const netMinor = roundMinor((amount * BASIS_POINTS_PER_WHOLE) / (BASIS_POINTS_PER_WHOLE + line.taxBasisPoints));
    return { netMinor, taxMinor: amount - netMinor, totalMinor: amount };
  }
  const taxMinor = roundMinor((amount * line.taxBasisPoints) / BASIS_POINTS_PER_WHOLE);
  return { netMinor: amount, taxMinor, totalMinor: amount + taxMinor };
}

/** A document's totals: the sums of its lines' amounts. */
export function documentTotals(lines: readonly LineAmounts[]): LineAmounts {
  return lines.reduce((sum, line) => ({ netMinor: sum.netMinor + line.netMinor, taxMinor: sum.taxMinor + line.taxMinor, totalMinor: sum.totalMinor + line.totalMinor }), {
    netMinor: 0,
    taxMinor: 0,
    totalMinor: 0,
  });
}

export const DEPOSIT_KINDS = ['none', 'amount', 'percent'] as const;
export type DepositKind = (typeof DEPOSIT_KINDS)[number];

export interface DepositPolicy {
  kind: DepositKind;
  amountMinor: number | null;
  percent: number | null;
}

/** The deposit a quote of this total asks for: a fixed amount (never more than the total) or a share of it. */
export function depositFor(totalMinor: number, policy: DepositPolicy): number {
  if (totalMinor <= 0) return 0;
  switch (policy.kind) {
    case 'none':
      return 0;
    case 'amount':
      return Math.min(policy.amountMinor ?? 0, totalMinor);
    case 'percent':
      return Math.round((totalMinor * (policy.percent ?? 0)) / 100);
  }
}

/** A client booked after the deposit's usual deadline has this long to pay it, unless session 1 comes first. */
export const LATE_BOOKING_DEPOSIT_HOURS = 24;

/**
 * When a plan's deposit must be paid: `daysBefore` clinic days before session 1, at
 * the session's local time (so a clock change in between moves nothing); when the
 * booking was made later than that, a day after booking, and never after the session.
 */
export function depositDueAt(input: { sessionStartsAt: Date; bookedAt: Date; daysBefore: number; timeZone: string }): Date {
  const { sessionStartsAt, bookedAt, daysBefore, timeZone } = input;
  const usual = zonedInstant(addCalendarDays(dateInZone(sessionStartsAt, timeZone), -daysBefore), timeInZone(sessionStartsAt, timeZone), timeZone);
  if (usual.getTime() > bookedAt.getTime()) return usual;
  return new Date(Math.min(bookedAt.getTime() + LATE_BOOKING_DEPOSIT_HOURS * 3_600_000, sessionStartsAt.getTime()));
}
