import { describe, expect, it } from '@jest/globals';
import { creditLines, type CreditableLine } from './credit-lines.js';

/** A 300.00 plan with 20% tax added, and a 50.00 discount. */
const invoiceLines: CreditableLine[] = [
  { lineNumber: 1, description: 'Density plan', taxName: 'VAT', taxBasisPoints: 2000, netMinor: 30000, taxMinor: 6000, totalMinor: 36000 },
  { lineNumber: 2, description: 'Loyalty', taxName: 'VAT', taxBasisPoints: 2000, netMinor: -5000, taxMinor: -1000, totalMinor: -6000 },
];
const context = { currency: 'USD', pricesIncludeTax: false, creditedBefore: new Map(), invoiceLeftMinor: 30000 };

describe('creditLines', () => {
  it('takes back part of a line with its tax in proportion', () => {
    const outcome = creditLines(invoiceLines, [{ lineNumber: 1, totalMinor: 12000 }], context);
    expect(outcome).toEqual({
      lines: [
        {
          lineNumber: 1,
          kind: 'credit',
          description: 'Density plan',
          quantity: 1,
          unitPriceMinor: 10000,
          discountReason: null,
          taxName: 'VAT',
          taxBasisPoints: 2000,
          netMinor: 10000,
          taxMinor: 2000,
          totalMinor: 12000,
          creditedLineNumber: 1,
        },
      ],
      totals: { netMinor: 10000, taxMinor: 2000, totalMinor: 12000 },
    });
  });

  it('never takes back more tax than the line had, however the credits are split', () => {
    const line: CreditableLine = { lineNumber: 1, description: 'Odd', taxName: 'Tax', taxBasisPoints: 1700, netMinor: 100, taxMinor: 17, totalMinor: 117 };
    const first = creditLines([line], [{ lineNumber: 1, totalMinor: 58 }], { ...context, invoiceLeftMinor: 117 });
    if (!('lines' in first)) throw new Error('refused');
    const before = new Map([[1, first.totals]]);
    const rest = creditLines([line], [{ lineNumber: 1, totalMinor: 59 }], { ...context, creditedBefore: before, invoiceLeftMinor: 59 });
    if (!('lines' in rest)) throw new Error('refused');
    expect(first.totals.taxMinor + rest.totals.taxMinor).toBe(17);
  });

  it('refuses more than is left of a line after earlier credit notes', () => {
    const creditedBefore = new Map([[1, { netMinor: 25000, taxMinor: 5000, totalMinor: 30000 }]]);
    expect(creditLines(invoiceLines, [{ lineNumber: 1, totalMinor: 6001 }], { ...context, creditedBefore })).toEqual({
      errors: [{ field: 'lines.0.totalMinor', message: 'At most $60.00 is left to credit on this line' }],
    });
  });

  it('refuses a discount line, an unknown line and the same line twice', () => {
    expect(
      creditLines(
        invoiceLines,
        [
          { lineNumber: 2, totalMinor: 100 },
          { lineNumber: 9, totalMinor: 100 },
          { lineNumber: 1, totalMinor: 100 },
          { lineNumber: 1, totalMinor: 100 },
        ],
        context,
      ),
    ).toEqual({
      errors: [
        { field: 'lines.0.totalMinor', message: 'Nothing is left to credit on this line' },
        { field: 'lines.1.lineNumber', message: 'Not a line of this invoice' },
        { field: 'lines.3.lineNumber', message: 'Credit each line once' },
      ],
    });
  });

  it('refuses more than the invoice has left in all, discounts counted', () => {
    expect(creditLines(invoiceLines, [{ lineNumber: 1, totalMinor: 36000 }], context)).toEqual({
      errors: [{ field: 'lines', message: 'The invoice has $300.00 left to credit in all' }],
    });
  });
});
