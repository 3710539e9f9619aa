import type { Quote } from '@smp/contracts';
import type { Prisma } from '../generated/prisma/client.js';

/** What a quote's view needs of its row. */
export const quoteIncludes = {
  lines: { orderBy: { lineNumber: 'asc' } },
  createdBy: { select: { id: true, name: true } },
  acceptance: { select: { signedName: true, acceptedAt: true, witnessedBy: { select: { id: true, name: true } } } },
} as const satisfies Prisma.QuoteInclude;

export type QuoteRow = Prisma.QuoteGetPayload<{ include: typeof quoteIncludes }>;

/** A quote as staff see it; `latestVersion` is its plan's newest quote, which supersedes every earlier one. */
export function toQuote(row: QuoteRow, latestVersion: number): Quote {
  const { acceptance } = row;
  return {
    id: row.id,
    planId: row.planId,
    clientId: row.clientId,
    version: row.version,
    status: row.version < latestVersion ? 'superseded' : acceptance ? 'accepted' : 'presented',
    currency: row.currency,
    pricesIncludeTax: row.pricesIncludeTax,
    lines: row.lines.map(({ quoteId: _quoteId, ...line }) => line),
    netMinor: row.netMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    depositMinor: row.depositMinor,
    notes: row.notes,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    acceptance: acceptance ? { signedName: acceptance.signedName, witnessedBy: acceptance.witnessedBy, acceptedAt: acceptance.acceptedAt.toISOString() } : null,
  };
}
