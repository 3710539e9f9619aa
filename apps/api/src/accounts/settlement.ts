import type { INVOICE_PAYMENT_STATES } from '@smp/contracts';

/** An invoice or credit note as the ledger needs it. */
export interface LedgerDocument {
  id: string;
  kind: 'invoice' | 'credit_note';
  planId: string | null;
  creditedInvoiceId: string | null;
  issuedAt: Date;
  totalMinor: number;
}

/** A payment or refund as the ledger needs it. */
export interface LedgerMovement {
  id: string;
  kind: 'payment' | 'refund';
  purpose: 'invoice' | 'deposit' | 'credit' | 'refund';
  planId: string | null;
  /** The invoice a payment settles, or the credit note a refund pays back. */
  invoiceId: string | null;
  amountMinor: number;
  receivedAt: Date;
}

export interface InvoiceStanding {
  creditedMinor: number;
  paidMinor: number;
  dueMinor: number;
  state: (typeof INVOICE_PAYMENT_STATES)[number];
}

export interface Settlement {
  /** Per invoice (not credit notes): what credit notes took back, what payments settled, what is still due. */
  invoices: Map<string, InvoiceStanding>;
  invoicedMinor: number;
  creditedMinor: number;
  /** Payments less refunds. */
  paidMinor: number;
  /** What the client owes; negative when the clinic holds credit for them. */
  balanceMinor: number;
  /** Money received that no invoice has used yet (deposits, credit, overpayments), less refunds; per plan, null for none. */
  heldByPlan: Map<string | null, number>;
}

const byTime =
  <T>(at: (item: T) => Date) =>
  (a: T, b: T) =>
    at(a).getTime() - at(b).getTime();

/**
 * Settles a client's invoices from their payments, deriving every figure from the
 * rows alone. A payment of an invoice settles that invoice; money held without one
 * (a deposit, credit, what a credit note freed from an invoice already paid) goes to
 * the oldest invoices still due, its own plan's first. Refunds draw on held money,
 * their plan's first. The balance is the plain sum of the ledger, so it never
 * depends on how held money was spread.
 */
export function settle(documents: readonly LedgerDocument[], movements: readonly LedgerMovement[]): Settlement {
  const invoices = documents.filter((document) => document.kind === 'invoice').sort(byTime((document) => document.issuedAt));
  const creditNotes = documents.filter((document) => document.kind === 'credit_note');
  const creditedBy = sumBy(
    creditNotes,
    (note) => note.creditedInvoiceId!,
    (note) => note.totalMinor,
  );
  const paidDirectly = sumBy(
    movements.filter((movement) => movement.purpose === 'invoice'),
    (movement) => movement.invoiceId!,
    (movement) => movement.amountMinor,
  );

  const held = new Map<string | null, number>();
  const hold = (planId: string | null, amount: number) => held.set(planId, (held.get(planId) ?? 0) + amount);
  const standings = new Map<string, InvoiceStanding>();
  for (const invoice of invoices) {
    const creditedMinor = creditedBy.get(invoice.id) ?? 0;
    const payable = invoice.totalMinor - creditedMinor;
    const direct = paidDirectly.get(invoice.id) ?? 0;
    const paidMinor = Math.min(direct, payable);
    if (direct > paidMinor) hold(invoice.planId, direct - paidMinor);
    standings.set(invoice.id, { creditedMinor, paidMinor, dueMinor: payable - paidMinor, state: 'unpaid' });
  }
  for (const movement of movements) {
    if (movement.purpose === 'deposit' || movement.purpose === 'credit') hold(movement.planId, movement.amountMinor);
  }
  for (const refund of [...movements].filter((movement) => movement.kind === 'refund').sort(byTime((movement) => movement.receivedAt))) {
    drawHeld(held, refund.planId, refund.amountMinor);
  }

  // Held money settles its own plan's invoices first, then any invoice, oldest first.
  for (const samePlanOnly of [true, false]) {
    for (const invoice of invoices) {
      const standing = standings.get(invoice.id)!;
      for (const planId of samePlanOnly ? [invoice.planId] : [invoice.planId, ...held.keys()]) {
        const available = held.get(planId) ?? 0;
        const used = Math.min(available, standing.dueMinor);
        if (used <= 0) continue;
        held.set(planId, available - used);
        standing.paidMinor += used;
        standing.dueMinor -= used;
      }
    }
  }
  for (const [id, standing] of standings) {
    const payable = standing.paidMinor + standing.dueMinor;
    standing.state = payable === 0 ? 'credited' : standing.dueMinor === 0 ? 'paid' : standing.paidMinor === 0 ? 'unpaid' : 'part_paid';
    standings.set(id, standing);
  }

  const invoicedMinor = sum(invoices.map((invoice) => invoice.totalMinor));
  const creditedMinor = sum(creditNotes.map((note) => note.totalMinor));
  const paidMinor = sum(movements.map((movement) => (movement.kind === 'payment' ? movement.amountMinor : -movement.amountMinor)));
  for (const [planId, amount] of held) if (amount === 0) held.delete(planId);
  return { invoices: standings, invoicedMinor, creditedMinor, paidMinor, balanceMinor: invoicedMinor - creditedMinor - paidMinor, heldByPlan: held };
}

function drawHeld(held: Map<string | null, number>, planId: string | null, amount: number): void {
  let left = amount;
  for (const key of [planId, ...held.keys()]) {
    const available = held.get(key) ?? 0;
    const drawn = Math.min(available, left);
    if (drawn <= 0) continue;
    held.set(key, available - drawn);
    left -= drawn;
  }
}

function sumBy<T>(items: readonly T[], key: (item: T) => string, amount: (item: T) => number): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of items) sums.set(key(item), (sums.get(key(item)) ?? 0) + amount(item));
  return sums;
}

export const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);
