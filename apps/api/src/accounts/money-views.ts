import type { Account, InvoiceSummary, Payment } from '@smp/contracts';
import type { Prisma } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';
import { sum, type InvoiceStanding, type Settlement } from './settlement.js';

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

/**
 * An account of the documents and money movements given (a client's, or one plan's),
 * newest first: its figures are their sums, each invoice's standing comes from the
 * client's settlement.
 */
export function toAccount(currency: string, settlement: Settlement, invoices: readonly InvoiceSummaryRow[], payments: readonly PaymentRow[]): Account {
  const totalOf = (kind: string) => sum(invoices.filter((row) => row.kind === kind).map((row) => row.totalMinor));
  const invoicedMinor = totalOf('invoice');
  const creditedMinor = totalOf('credit_note');
  const paidMinor = sum(payments.map((row) => (row.kind === 'payment' ? row.amountMinor : -row.amountMinor)));
  return {
    currency,
    invoicedMinor,
    creditedMinor,
    paidMinor,
    balanceMinor: invoicedMinor - creditedMinor - paidMinor,
    invoices: invoices.map((row) => toInvoiceSummary(row, standingOf(settlement, row))),
    payments: payments.map(toPayment),
  };
}
