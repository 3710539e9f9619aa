import { documentTotals, lineAmounts, type LineAmounts, type QuoteInput, type QuoteLineInput, type QuoteLineKind, type TaxRate } from '@smp/contracts';

export const quoteLineKindLabels: Record<QuoteLineKind, string> = { plan: 'Plan', session: 'Session', extra: 'Extra', discount: 'Discount' };

/** A line as the editor holds it: the tax rate chosen by id, '' for no tax; a discount's price is the amount taken off. */
export interface EditedLine {
  kind: QuoteLineKind;
  description: string;
  quantity: number | undefined;
  unitPriceMinor: number | null | undefined;
  taxRateId: string;
  discountReason: string | null;
}

/** A draft's line in the editor: a line the price list left to the clinic's default rate shows that rate, so the choice is seen before presenting. */
export function toEditedLine(line: QuoteLineInput, rates: readonly TaxRate[]): EditedLine {
  const taxRateId = line.taxRateId === undefined ? (rates.find((rate) => rate.isDefault)?.id ?? '') : (line.taxRateId ?? '');
  return { kind: line.kind, description: line.description, quantity: line.quantity ?? 1, unitPriceMinor: line.unitPriceMinor, taxRateId, discountReason: line.discountReason ?? null };
}

/** What is sent: a blank rate is no tax; a reason only with a discount. */
export function toQuoteInput(lines: readonly EditedLine[], notes: string | null): QuoteInput {
  return {
    lines: lines.map(({ taxRateId, discountReason, quantity, unitPriceMinor, ...line }) => ({
      ...line,
      quantity: quantity as number,
      unitPriceMinor: unitPriceMinor as number,
      taxRateId: taxRateId || null,
      discountReason: line.kind === 'discount' ? discountReason : null,
    })),
    notes,
  };
}

/**
 * Each line's net, tax and total, and the quote's, as the API will work them out
 * (the contracts' rules); a discount counts against the total. A line still being
 * typed counts as nothing.
 */
export function editedQuoteAmounts(lines: readonly EditedLine[], rates: readonly TaxRate[], pricesIncludeTax: boolean): { lines: LineAmounts[]; totals: LineAmounts } {
  const amounts = lines.map((line) =>
    lineAmounts(
      {
        quantity: line.quantity ?? 0,
        unitPriceMinor: (line.kind === 'discount' ? -1 : 1) * (line.unitPriceMinor ?? 0),
        taxBasisPoints: rates.find((rate) => rate.id === line.taxRateId)?.basisPoints ?? 0,
      },
      pricesIncludeTax,
    ),
  );
  return { lines: amounts, totals: documentTotals(amounts) };
}
