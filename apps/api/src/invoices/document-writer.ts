import type { Transaction } from '../database/database.js';
import { dateInZone, type LineAmounts } from '@smp/contracts';
import { fromIsoDate } from '../database/column-values.js';
import type { PricedLine } from '../billing/charge-lines.js';
import type { CreditLine } from './credit-lines.js';
import { nextDocumentNumber, type DocumentKind } from './document-numbers.js';

/** A document about to be written: who it is for, what it is of, its priced lines and totals. */
export interface NewDocument {
  kind: DocumentKind;
  clientId: string;
  planId: string | null;
  appointmentId: string | null;
  quoteId: string | null;
  creditedInvoiceId: string | null;
  reason: string | null;
  artistId: string | null;
  style: string | null;
  currency: string;
  pricesIncludeTax: boolean;
  lines: (PricedLine | CreditLine)[];
  totals: LineAmounts;
}

/** The invoice of a plan's accepted quote: its lines and totals as the client signed them. */
export function planInvoiceDocument(
  plan: { id: string; clientId: string; artistId: string; style: string },
  quote: LineAmounts & { id: string; currency: string; pricesIncludeTax: boolean; lines: PricedLine[] },
): NewDocument {
  return {
    kind: 'invoice',
    clientId: plan.clientId,
    planId: plan.id,
    appointmentId: null,
    quoteId: quote.id,
    creditedInvoiceId: null,
    reason: null,
    artistId: plan.artistId,
    style: plan.style,
    currency: quote.currency,
    pricesIncludeTax: quote.pricesIncludeTax,
    lines: quote.lines,
    totals: quote,
  };
}

/** A client's postal address on one line per part, as an invoice prints it. */
function postalAddress(client: {
  addressLine1: string | null;
  addressLine2: string | null;
  addressCity: string | null;
  addressRegion: string | null;
  addressPostalCode: string | null;
  addressCountry: string | null;
}): string | null {
  const town = [client.addressCity, client.addressRegion, client.addressPostalCode].filter(Boolean).join(' ');
  const lines = [client.addressLine1, client.addressLine2, town, client.addressCountry].filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : null;
}

/**
 * Writes the document with the seller's and buyer's details as they are today,
 * numbered in the year of its issue day in the clinic's calendar. The number is
 * taken last, so its counter is locked only while the document is written.
 */
export async function writeDocument(transaction: Transaction, document: NewDocument, issue: { issuedById: string; issuedAt: Date }): Promise<{ id: string; number: string }> {
  const [seller, buyer] = await Promise.all([
    transaction.clinicSettings.findFirstOrThrow({ select: { name: true, address: true, taxId: true, phone: true, email: true, timeZone: true } }),
    transaction.client.findUniqueOrThrow({
      where: { id: document.clientId },
      select: {
        firstName: true,
        lastName: true,
        email: true,
        addressLine1: true,
        addressLine2: true,
        addressCity: true,
        addressRegion: true,
        addressPostalCode: true,
        addressCountry: true,
      },
    }),
  ]);
  const issuedOn = dateInZone(issue.issuedAt, seller.timeZone);
  const { year, sequence, number } = await nextDocumentNumber(transaction, document.kind, Number(issuedOn.slice(0, 4)));
  const { lines, totals, ...fields } = document;
  const created = await transaction.invoice.create({
    data: {
      ...fields,
      year,
      sequence,
      number,
      issuedAt: issue.issuedAt,
      issuedOn: fromIsoDate(issuedOn)!,
      netMinor: totals.netMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      sellerName: seller.name,
      sellerAddress: seller.address,
      sellerTaxId: seller.taxId,
      sellerPhone: seller.phone,
      sellerEmail: seller.email,
      buyerName: `${buyer.firstName} ${buyer.lastName}`,
      buyerAddress: postalAddress(buyer),
      buyerEmail: buyer.email,
      issuedById: issue.issuedById,
      lines: {
        create: lines.map((line) => ({
          lineNumber: line.lineNumber,
          kind: line.kind,
          description: line.description,
          quantity: line.quantity,
          unitPriceMinor: line.unitPriceMinor,
          discountReason: line.discountReason,
          taxName: line.taxName,
          taxBasisPoints: line.taxBasisPoints,
          netMinor: line.netMinor,
          taxMinor: line.taxMinor,
          totalMinor: line.totalMinor,
          creditedLineNumber: 'creditedLineNumber' in line ? line.creditedLineNumber : null,
        })),
      },
    },
    select: { id: true },
  });
  return { id: created.id, number };
}
