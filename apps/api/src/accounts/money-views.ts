import type { Account, InvoiceSummary, Payment } from '@smp/contracts';
import type { Prisma } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';
import type { InvoiceStanding, Settlement } from './settlement.js';

/** What an invoice's or credit note's summary reads besides its own row. */
export const invoiceSummaryIncludes = { creditedInvoice: { select: { id: true, number: true } } } satisfies Prisma.InvoiceInclude;
export type InvoiceSummaryRow = Prisma.InvoiceGetPayload<{ include: typeof invoiceSummaryIncludes }>;

export const paymentIncludes = {
  invoice: { select: { id: true, number: true } },
  recordedBy: { select: { id: true, name: true } },
} satisfies Prisma.PaymentInclude;
export type PaymentRow = Prisma.PaymentGetPayload<{ include: typeof paymentIncludes }>;

/** A credit note owes nothing and is paid by nobody: its figures are zero. */
const CREDIT_NOTE_STANDING: InvoiceStanding = { creditedMinor: 0, paidMinor: 0, dueMinor: 0, state: 'credited' };

/** The invoice's standing in its client's settlement (credit notes have none). */
export function standingOf(settlement: Settlement, row: { id: string; kind: string }): InvoiceStanding {
  return row.kind === 'invoice' ? settlement.invoices.get(row.id)! : CREDIT_NOTE_STANDING;
}

export function toInvoiceSummary(row: InvoiceSummaryRow, standing: InvoiceStanding): InvoiceSummary {
  return {
    id: row.id,
    kind: row.kind as InvoiceSummary['kind'],
    number: row.number,
    client: { id: row.clientId, name: row.buyerName },
    planId: row.planId,
    appointmentId: row.appointmentId,
    creditedInvoice: row.creditedInvoice,
    issuedAt: row.issuedAt.toISOString(),
    issuedOn: toIsoDate(row.issuedOn)!,
    currency: row.currency,
    netMinor: row.netMinor,
    taxMinor: row.taxMinor,
    totalMinor: row.totalMinor,
    creditedMinor: standing.creditedMinor,
    paidMinor: standing.paidMinor,
    dueMinor: standing.dueMinor,
    state: standing.state,
  };
}

export function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    kind: row.kind as Payment['kind'],
    purpose: row.purpose as Payment['purpose'],
    clientId: row.clientId,
    planId: row.planId,
    invoice: row.invoice,
    method: row.method as Payment['method'],
    amountMinor: row.amountMinor,
    currency: row.currency,
    reference: row.reference,
    note: row.note,
    receivedAt: row.receivedAt.toISOString(),
    recordedBy: row.recordedBy,
  };
}

/** An account's figures from its settlement, with its documents and money movements newest first. */
export function toAccount(currency: string, settlement: Settlement, invoices: readonly InvoiceSummaryRow[], payments: readonly PaymentRow[]): Account {
  return {
    currency,
    invoicedMinor: settlement.invoicedMinor,
    creditedMinor: settlement.creditedMinor,
    paidMinor: settlement.paidMinor,
    balanceMinor: settlement.balanceMinor,
    invoices: invoices.map((row) => toInvoiceSummary(row, standingOf(settlement, row))),
    payments: payments.map(toPayment),
  };
}
