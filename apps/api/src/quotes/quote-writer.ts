import { depositFor, type DepositPolicy, type LineAmounts } from '@smp/contracts';
import type { Database } from '../database/database.js';
import type { PricedLine, PricingContext } from '../billing/charge-lines.js';

/** A quote about to be written: the plan's, its lines priced, asking the deposit the clinic's policy sets. */
export interface NewQuote {
  planId: string;
  clientId: string;
  pricing: PricingContext;
  priced: { lines: PricedLine[]; totals: LineAmounts };
  deposit: DepositPolicy;
  notes: string | null;
  createdById: string;
  /** When it was presented: now, unless written for a day gone by. */
  createdAt?: Date;
}

/** Writes the plan's next version of its quote. Lock the plan first, so two presented at once do not take the same version. */
export async function writeQuote(transaction: Pick<Database, 'quote'>, quote: NewQuote): Promise<{ id: string; version: number; totalMinor: number; depositMinor: number }> {
  const { totals, lines } = quote.priced;
  return transaction.quote.create({
    data: {
      planId: quote.planId,
      clientId: quote.clientId,
      version: (await latestVersionOf(transaction, quote.planId)) + 1,
      currency: quote.pricing.currency,
      pricesIncludeTax: quote.pricing.pricesIncludeTax,
      ...totals,
      depositMinor: depositFor(totals.totalMinor, quote.deposit),
      notes: quote.notes,
      createdById: quote.createdById,
      ...(quote.createdAt ? { createdAt: quote.createdAt } : {}),
      lines: { create: lines },
    },
    select: { id: true, version: true, totalMinor: true, depositMinor: true },
  });
}

/** The plan's newest quote version, 0 before its first. */
export async function latestVersionOf(reader: Pick<Database, 'quote'>, planId: string): Promise<number> {
  const { _max } = await reader.quote.aggregate({ where: { planId }, _max: { version: true } });
  return _max.version ?? 0;
}
