import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '../http/problem.js';
import { priceChargeLines, type ChargeLineInput, type PricingContext, type TaxRateRow } from './charge-lines.js';

const rate = (id: string, name: string, basisPoints: number, extra: Partial<TaxRateRow> = {}): TaxRateRow => ({ id, name, basisPoints, isDefault: false, archivedAt: null, ...extra });
const standard = rate('00000000-0000-4000-8000-000000000001', 'Sales tax', 1000, { isDefault: true });
const reduced = rate('00000000-0000-4000-8000-000000000002', 'Reduced', 500);
const retired = rate('00000000-0000-4000-8000-000000000003', 'Old rate', 800, { archivedAt: new Date('2026-01-01T00:00:00Z') });
const context: PricingContext = { rates: [standard, reduced, retired], pricesIncludeTax: false, currency: 'USD' };

const line = (overrides: Partial<ChargeLineInput>): ChargeLineInput => ({ kind: 'plan', description: 'Density plan — sessions 1 and 2', quantity: 1, unitPriceMinor: 100_000, ...overrides });

function fieldErrors(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemException);
    return (error as ProblemException).problem;
  }
  throw new Error('Expected a refusal');
}

describe('pricing a quote’s or invoice’s lines', () => {
  it('taxes a line at the clinic’s default rate unless another is named, and not at all for null', () => {
    const { lines, totals } = priceChargeLines(
      [line({}), line({ kind: 'extra', unitPriceMinor: 10_000, taxRateId: reduced.id, quantity: 2 }), line({ kind: 'extra', unitPriceMinor: 5_000, taxRateId: null })],
      context,
    );
    expect(lines.map(({ lineNumber, taxName, taxBasisPoints, netMinor, taxMinor, totalMinor }) => ({ lineNumber, taxName, taxBasisPoints, netMinor, taxMinor, totalMinor }))).toEqual([
      { lineNumber: 1, taxName: 'Sales tax', taxBasisPoints: 1000, netMinor: 100_000, taxMinor: 10_000, totalMinor: 110_000 },
      { lineNumber: 2, taxName: 'Reduced', taxBasisPoints: 500, netMinor: 20_000, taxMinor: 1_000, totalMinor: 21_000 },
      { lineNumber: 3, taxName: 'No tax', taxBasisPoints: 0, netMinor: 5_000, taxMinor: 0, totalMinor: 5_000 },
    ]);
    expect(totals).toEqual({ netMinor: 125_000, taxMinor: 11_000, totalMinor: 136_000 });
  });

  it('charges no tax when the clinic has no default rate', () => {
    const { lines } = priceChargeLines([line({})], { ...context, rates: [reduced] });
    expect(lines[0]).toMatchObject({ taxName: 'No tax', totalMinor: 100_000 });
  });

  it('takes tax out of prices that include it', () => {
    const { totals } = priceChargeLines([line({ unitPriceMinor: 110_000 })], { ...context, pricesIncludeTax: true });
    expect(totals).toEqual({ netMinor: 100_000, taxMinor: 10_000, totalMinor: 110_000 });
  });

  it('makes a discount negative, its tax too, keeping its reason', () => {
    const { lines, totals } = priceChargeLines(
      [line({}), line({ kind: 'discount', description: 'Returning client', unitPriceMinor: 20_000, discountReason: 'Second plan with us' })],
      context,
    );
    expect(lines[1]).toMatchObject({ unitPriceMinor: -20_000, netMinor: -20_000, taxMinor: -2_000, totalMinor: -22_000, discountReason: 'Second plan with us' });
    expect(totals.totalMinor).toBe(88_000);
  });

  it('refuses an archived or unknown rate as an error on that line’s field', () => {
    expect(fieldErrors(() => priceChargeLines([line({}), line({ taxRateId: retired.id }), line({ taxRateId: '00000000-0000-4000-8000-000000000099' })], context))).toMatchObject({
      errors: [
        { field: 'lines.1.taxRateId', message: 'This tax rate is archived' },
        { field: 'lines.2.taxRateId', message: 'Not one of the clinic’s tax rates' },
      ],
    });
  });

  it('refuses discounts that come to more than the charges', () => {
    expect(
      fieldErrors(() =>
        priceChargeLines([line({ unitPriceMinor: 1_000 }), line({ kind: 'discount', description: 'Goodwill', unitPriceMinor: 1_001, discountReason: 'Long wait' })], context, 'items'),
      ),
    ).toMatchObject({
      errors: [{ field: 'items', message: 'Discounts come to more than the charges' }],
    });
  });

  it('refuses a line or a document that comes to more than an amount may be, rather than overflowing the database', () => {
    expect(fieldErrors(() => priceChargeLines([line({}), line({ quantity: 99, unitPriceMinor: 100_000_000 })], context))).toMatchObject({
      errors: [{ field: 'lines.1.quantity', message: 'The line comes to more than 1,000,000.00' }],
    });
    expect(fieldErrors(() => priceChargeLines([line({ unitPriceMinor: 60_000_000 }), line({ unitPriceMinor: 60_000_000 })], { ...context, rates: [] }))).toMatchObject({
      errors: [{ field: 'lines', message: 'The lines come to more than 1,000,000.00' }],
    });
  });
});
