import { describe, expect, it } from '@jest/globals';
import { settle, type LedgerDocument, type LedgerMovement } from './settlement.js';

const day = (n: number) => new Date(Date.UTC(2027, 0, n, 12));
const invoice = (id: string, totalMinor: number, at: number, planId: string | null = 'plan'): LedgerDocument => ({
  id,
  kind: 'invoice',
  planId,
  creditedInvoiceId: null,
  issuedAt: day(at),
  totalMinor,
});
const creditNote = (id: string, of: string, totalMinor: number, at: number): LedgerDocument => ({
  id,
  kind: 'credit_note',
  planId: 'plan',
  creditedInvoiceId: of,
  issuedAt: day(at),
  totalMinor,
});
const payment = (purpose: LedgerMovement['purpose'], amountMinor: number, at: number, invoiceId: string | null = null, planId: string | null = 'plan'): LedgerMovement => ({
  id: `${purpose}-${at}`,
  kind: purpose === 'refund' ? 'refund' : 'payment',
  purpose,
  planId,
  invoiceId,
  amountMinor,
  receivedAt: day(at),
});

describe('settling a client’s invoices from the ledger', () => {
  it('holds a deposit paid before any invoice as credit, and spends it on the plan’s invoice', () => {
    const before = settle([], [payment('deposit', 50_000, 1)]);
    expect(before.balanceMinor).toBe(-50_000);
    expect(before.heldByPlan.get('plan')).toBe(50_000);

    const after = settle([invoice('inv', 300_000, 2)], [payment('deposit', 50_000, 1)]);
    expect(after.invoices.get('inv')).toEqual({ creditedMinor: 0, paidMinor: 50_000, dueMinor: 250_000, state: 'part_paid' });
    expect(after.balanceMinor).toBe(250_000);
    expect(after.heldByPlan.size).toBe(0);
  });

  it('settles an invoice paid in parts, and says when it is paid', () => {
    const ledger = settle([invoice('inv', 100_000, 1)], [payment('invoice', 40_000, 2, 'inv'), payment('invoice', 60_000, 3, 'inv')]);
    expect(ledger.invoices.get('inv')!.state).toBe('paid');
    expect(ledger.balanceMinor).toBe(0);
    expect(ledger.paidMinor).toBe(100_000);
  });

  it('turns what a credit note frees from a paid invoice into credit, which a refund pays back', () => {
    const documents = [invoice('inv', 100_000, 1), creditNote('cn', 'inv', 30_000, 3)];
    const paid = [payment('invoice', 100_000, 2, 'inv')];
    const credited = settle(documents, paid);
    expect(credited.invoices.get('inv')).toEqual({ creditedMinor: 30_000, paidMinor: 70_000, dueMinor: 0, state: 'paid' });
    expect(credited.balanceMinor).toBe(-30_000);
    expect(credited.heldByPlan.get('plan')).toBe(30_000);

    const refunded = settle(documents, [...paid, payment('refund', 30_000, 4, 'cn')]);
    expect(refunded.balanceMinor).toBe(0);
    expect(refunded.heldByPlan.size).toBe(0);
  });

  it('marks an invoice credited in full as credited, owing nothing', () => {
    const ledger = settle([invoice('inv', 100_000, 1), creditNote('cn', 'inv', 100_000, 2)], []);
    expect(ledger.invoices.get('inv')).toEqual({ creditedMinor: 100_000, paidMinor: 0, dueMinor: 0, state: 'credited' });
    expect(ledger.balanceMinor).toBe(0);
  });

  it('spends held money on its own plan’s invoice before an older one of another plan', () => {
    const ledger = settle([invoice('other', 20_000, 1, 'other-plan'), invoice('inv', 50_000, 2)], [payment('deposit', 50_000, 3)]);
    expect(ledger.invoices.get('inv')!.state).toBe('paid');
    expect(ledger.invoices.get('other')!.state).toBe('unpaid');
  });

  it('spends credit without a plan on the oldest invoice still due', () => {
    const ledger = settle([invoice('first', 20_000, 1, null), invoice('second', 20_000, 2, null)], [payment('credit', 30_000, 3, null, null)]);
    expect(ledger.invoices.get('first')!.state).toBe('paid');
    expect(ledger.invoices.get('second')).toMatchObject({ paidMinor: 10_000, dueMinor: 10_000, state: 'part_paid' });
    expect(ledger.balanceMinor).toBe(10_000);
  });
});
