import { describe, expect, it } from 'vitest';
import { depositDueAt, depositFor, documentTotals, lineAmounts } from './money-rules.js';

describe('a line’s amounts', () => {
  it('adds tax to a net price, rounded per line', () => {
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 250_000, taxBasisPoints: 825 }, false)).toEqual({ netMinor: 250_000, taxMinor: 20_625, totalMinor: 270_625 });
    expect(lineAmounts({ quantity: 3, unitPriceMinor: 333, taxBasisPoints: 2000 }, false)).toEqual({ netMinor: 999, taxMinor: 200, totalMinor: 1199 });
  });

  it('takes the tax out of a price that includes it, the total staying the price', () => {
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 120_000, taxBasisPoints: 2000 }, true)).toEqual({ netMinor: 100_000, taxMinor: 20_000, totalMinor: 120_000 });
    expect(lineAmounts({ quantity: 1, unitPriceMinor: 999, taxBasisPoints: 2000 }, true)).toEqual({ netMinor: 833, taxMinor: 166, totalMinor: 999 });
  });

  it('gives a discount the mirror image of the same charge’s tax', () => {
    const charge = lineAmounts({ quantity: 1, unitPriceMinor: 12_345, taxBasisPoints: 825 }, false);
    const discount = lineAmounts({ quantity: 1, unitPriceMinor: -12_345, taxBasisPoints: 825 }, false);
    expect(discount).toEqual({ netMinor: -charge.netMinor, taxMinor: -charge.taxMinor, totalMinor: -charge.totalMinor });
  });

  it('charges no tax at a zero rate', () => {
    expect(lineAmounts({ quantity: 2, unitPriceMinor: 5000, taxBasisPoints: 0 }, true)).toEqual({ netMinor: 10_000, taxMinor: 0, totalMinor: 10_000 });
  });

  it('sums a document’s lines', () => {
    expect(
      documentTotals([
        { netMinor: 100, taxMinor: 20, totalMinor: 120 },
        { netMinor: -10, taxMinor: -2, totalMinor: -12 },
      ]),
    ).toEqual({ netMinor: 90, taxMinor: 18, totalMinor: 108 });
  });
});

describe('the deposit a quote asks for', () => {
  it('follows the clinic’s policy', () => {
    expect(depositFor(300_000, { kind: 'none', amountMinor: null, percent: null })).toBe(0);
    expect(depositFor(300_000, { kind: 'amount', amountMinor: 50_000, percent: null })).toBe(50_000);
    expect(depositFor(300_000, { kind: 'percent', amountMinor: null, percent: 25 })).toBe(75_000);
  });

  it('never asks for more than the quote', () => {
    expect(depositFor(30_000, { kind: 'amount', amountMinor: 50_000, percent: null })).toBe(30_000);
    expect(depositFor(0, { kind: 'percent', amountMinor: null, percent: 25 })).toBe(0);
  });
});

describe('when a deposit is due', () => {
  const timeZone = 'America/New_York';

  it('is the given days before session 1, at its local time across a clock change', () => {
    // Session 1 on Tue 16 March 2027 at 10:00 EDT; seven days before is 9 March, 10:00 EST.
    const due = depositDueAt({ sessionStartsAt: new Date('2027-03-16T14:00:00Z'), bookedAt: new Date('2027-02-01T12:00:00Z'), daysBefore: 7, timeZone });
    expect(due.toISOString()).toBe('2027-03-09T15:00:00.000Z');
  });

  it('gives a late booking a day to pay', () => {
    const due = depositDueAt({ sessionStartsAt: new Date('2027-03-16T14:00:00Z'), bookedAt: new Date('2027-03-12T18:00:00Z'), daysBefore: 7, timeZone });
    expect(due.toISOString()).toBe('2027-03-13T18:00:00.000Z');
  });

  it('is never after the session itself', () => {
    const due = depositDueAt({ sessionStartsAt: new Date('2027-03-16T14:00:00Z'), bookedAt: new Date('2027-03-16T09:00:00Z'), daysBefore: 7, timeZone });
    expect(due.toISOString()).toBe('2027-03-16T14:00:00.000Z');
  });
});
