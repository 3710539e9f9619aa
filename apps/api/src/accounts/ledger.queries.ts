import type { Database } from '../database/database.js';
import { settle, type LedgerDocument, type LedgerMovement, type Settlement } from './settlement.js';

type LedgerReader = Pick<Database, 'invoice' | 'payment'>;

export interface Ledger {
  documents: LedgerDocument[];
  movements: LedgerMovement[];
}

/** A client's invoices, credit notes, payments and refunds: two indexed reads. */
export async function ledgerOf(reader: LedgerReader, clientId: string): Promise<Ledger> {
  const [documents, movements] = await Promise.all([
    reader.invoice.findMany({
      where: { clientId },
      select: { id: true, kind: true, planId: true, creditedInvoiceId: true, issuedAt: true, totalMinor: true },
      orderBy: { issuedAt: 'asc' },
    }),
    reader.payment.findMany({
      where: { clientId },
      select: { id: true, kind: true, purpose: true, planId: true, invoiceId: true, amountMinor: true, receivedAt: true },
      orderBy: { receivedAt: 'asc' },
    }),
  ]);
  return { documents: documents as LedgerDocument[], movements: movements as LedgerMovement[] };
}

/**
 * A client's settled account. Pass the transaction that is about to add a payment,
 * refund or credit note, after locking the client's row (SELECT … FOR UPDATE), so two
 * desks cannot both spend the same amount owed.
 */
export async function settlementOf(reader: LedgerReader, clientId: string): Promise<Settlement> {
  const { documents, movements } = await ledgerOf(reader, clientId);
  return settle(documents, movements);
}
