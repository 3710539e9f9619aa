import type { TaxRate } from '@smp/contracts';
import { describe, expect, it } from 'vitest';
import { editedQuoteAmounts, toEditedLine, toQuoteInput, type EditedLine } from './quote-lines';

const vat: TaxRate = { id: '3f1e0c52-0000-4000-8000-000000000001', name: 'VAT', basisPoints: 2000, isDefault: true, archivedAt: null };
const reduced: TaxRate = { id: '3f1e0c52-0000-4000-8000-000000000002', name: 'Reduced', basisPoints: 500, isDefault: false, archivedAt: null };

const plan: EditedLine = { kind: 'plan', description: 'Hairline restoration, 2 sessions', quantity: 1, unitPriceMinor: 300000, taxRateId: vat.id, discountReason: null };
const discount: EditedLine = { kind: 'discount', description: 'Returning client', quantity: 1, unitPriceMinor: 30000, taxRateId: vat.id, discountReason: 'Second plan' };

describe('a quote’s totals in the editor', () => {
  it('adds tax to prices that exclude it, and takes a discount off with its share of the tax', () => {
    const { lines, totals } = editedQuoteAmounts([plan, discount], [vat], false);
    expect(lines).toEqual([
      { netMinor: 300000, taxMinor: 60000, totalMinor: 360000 },
      { netMinor: -30000, taxMinor: -6000, totalMinor: -36000 },
    ]);
    expect(totals).toEqual({ netMinor: 270000, taxMinor: 54000, totalMinor: 324000 });
  });

  it('finds the tax inside prices that include it, per line at its own rate', () => {
    const extra: EditedLine = { ...plan, kind: 'extra', description: 'Aftercare kit', quantity: 2, unitPriceMinor: 2100, taxRateId: reduced.id };
    const { totals } = editedQuoteAmounts([plan, extra], [vat, reduced], true);
    expect(totals).toEqual({ netMinor: 250000 + 4000, taxMinor: 50000 + 200, totalMinor: 304200 });
  });

  it('counts a line without a rate as untaxed, and a line still being typed as nothing', () => {
    const untaxed = { ...plan, taxRateId: '' };
    const typing = { ...plan, quantity: undefined, unitPriceMinor: undefined };
    expect(editedQuoteAmounts([untaxed, typing], [vat], false).totals).toEqual({ netMinor: 300000, taxMinor: 0, totalMinor: 300000 });
  });
});

describe('a quote’s lines between the draft, the editor and the API', () => {
  it('shows the clinic’s default rate on a draft line that left it to the default, and no tax where the draft said none', () => {
    expect(toEditedLine({ kind: 'plan', description: 'Plan', unitPriceMinor: 100 }, [reduced, vat]).taxRateId).toBe(vat.id);
    expect(toEditedLine({ kind: 'plan', description: 'Plan', unitPriceMinor: 100, taxRateId: null }, [vat]).taxRateId).toBe('');
  });

  it('sends no rate as null and a reason only with a discount', () => {
    const input = toQuoteInput([{ ...plan, taxRateId: '', discountReason: 'left over' }, discount], null);
    expect(input.lines).toEqual([
      { kind: 'plan', description: plan.description, quantity: 1, unitPriceMinor: 300000, taxRateId: null, discountReason: null },
      { kind: 'discount', description: 'Returning client', quantity: 1, unitPriceMinor: 30000, taxRateId: vat.id, discountReason: 'Second plan' },
    ]);
  });
});
