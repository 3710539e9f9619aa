import type { Database } from '../database/database.js';
import { settle, sum, type LedgerDocument, type LedgerMovement, type Settlement } from './settlement.js';

type LedgerReader = Pick<Database, 'invoice' | 'payment'>;

export interface Ledger {
  documents: LedgerDocument[];
  movements: LedgerMovement[];
}

const documentColumns = { id: true, kind: true, planId: true, creditedInvoiceId: true, issuedAt: true, totalMinor: true } as const;
const movementColumns = { id: true, kind: true, purpose: true, planId: true, invoiceId: true, amountMinor: true, receivedAt: true } as const;

/** Clients' invoices, credit notes, payments and refunds, each client's apart: two indexed reads however many clients. */
async function ledgersOf(reader: LedgerReader, clientIds: readonly string[]): Promise<Map<string, Ledger>> {
  const [documents, movements] = await Promise.all([
    reader.invoice.findMany({ where: { clientId: { in: [...clientIds] } }, select: { clientId: true, ...documentColumns }, orderBy: { issuedAt: 'asc' } }),
    reader.payment.findMany({ where: { clientId: { in: [...clientIds] } }, select: { clientId: true, ...movementColumns }, orderBy: { receivedAt: 'asc' } }),
  ]);
  const ledgers = new Map(clientIds.map((clientId): [string, Ledger] => [clientId, { documents: [], movements: [] }]));
  for (const { clientId, ...document } of documents) ledgers.get(clientId)!.documents.push(document as LedgerDocument);
  for (const { clientId, ...movement } of movements) ledgers.get(clientId)!.movements.push(movement as LedgerMovement);
  return ledgers;
}

/** A client's invoices, credit notes, payments and refunds: two indexed reads. */
export async function ledgerOf(reader: LedgerReader, clientId: string): Promise<Ledger> {
  return (await ledgersOf(reader, [clientId])).get(clientId)!;
}

/**
 * A client's settled account. Pass the transaction that is about to add a payment,
 * refund or credit note, after locking the client's row (lockClientAccount), so two
 * desks cannot both spend the same amount owed.
 */
export async function settlementOf(reader: LedgerReader, clientId: string): Promise<Settlement> {
  const { documents, movements } = await ledgerOf(reader, clientId);
  return settle(documents, movements);
}

/** Several clients' settled accounts (a page of invoices), in two reads. */
export async function settlementsOf(reader: LedgerReader, clientIds: readonly string[]): Promise<Map<string, Settlement>> {
  const ledgers = await ledgersOf(reader, [...new Set(clientIds)]);
  return new Map([...ledgers].map(([clientId, ledger]) => [clientId, settle(ledger.documents, ledger.movements)]));
}

/**
 * Locks the client's row until the transaction ends, so that money written for them
 * (an invoice, a credit note, a payment, a refund) is written one desk at a time
 * against the settlement it read. False when there is no such client. NO KEY UPDATE:
 * desks writing money queue on it, while rows that merely name the client (a quote, a
 * booking made under a plan's lock) are not held up, so the two cannot deadlock.
 */
export async function lockClientAccount(transaction: Pick<Database, '$queryRaw'>, clientId: string): Promise<boolean> {
  const locked = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM clients WHERE id = ${clientId}::uuid FOR NO KEY UPDATE`;
  return locked.length > 0;
}

/**
 * An invoice still standing (not credited in full) of a plan's quote, or of a visit:
 * each is invoiced once at a time, so a second issue would bill the client twice.
 * Also when the quote was made, since the sessions it was drafted with are on it.
 */
export async function standingInvoice(
  reader: Pick<Database, 'invoice'>,
  of: { planId: string } | { appointmentId: string },
): Promise<{ number: string; quote: { createdAt: Date } | null } | undefined> {
  const where = 'planId' in of ? { planId: of.planId, quoteId: { not: null } } : { appointmentId: of.appointmentId };
  const invoices = await reader.invoice.findMany({
    where: { ...where, kind: 'invoice' },
    select: { number: true, totalMinor: true, quote: { select: { createdAt: true } }, creditNotes: { select: { totalMinor: true } } },
    orderBy: { issuedAt: 'desc' },
  });
  return invoices.find((invoice) => invoice.totalMinor > sum(invoice.creditNotes.map((note) => note.totalMinor)));
}
