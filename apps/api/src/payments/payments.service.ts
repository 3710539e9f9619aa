import { Inject, Injectable } from '@nestjs/common';
import { formatMoney, type Payment, type paymentInputSchema, type refundInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { conflictProblem, unprocessableProblem, validationProblem } from '../http/problem.js';
import { ledgerOf, lockClientAccount, type Ledger } from '../accounts/ledger.queries.js';
import { paymentIncludes, toPayment } from '../accounts/money-views.js';
import { settle, sum } from '../accounts/settlement.js';

type PaymentInput = z.output<typeof paymentInputSchema>;
type RefundInput = z.output<typeof refundInputSchema>;

/** Where a payment or refund goes, once checked against the client's account. */
interface Destination {
  planId: string | null;
  invoiceId: string | null;
  currency: string;
  /** The most it may be, and why not more. */
  limitMinor: number;
  beyondLimit: (limitMinor: number) => string;
}

/** Money received on a plan, less money paid back on it. */
function paidOnPlan(ledger: Ledger, planId: string): number {
  return sum(ledger.movements.filter((movement) => movement.planId === planId).map((movement) => (movement.kind === 'payment' ? movement.amountMinor : -movement.amountMinor)));
}

function assertWithin(input: { amountMinor: number; currency: string }, destination: Destination): void {
  if (input.currency !== destination.currency) throw unprocessableProblem([{ field: 'currency', message: `Must be ${destination.currency}, the currency this is owed in` }]);
  if (input.amountMinor > destination.limitMinor) throw unprocessableProblem([{ field: 'amountMinor', message: destination.beyondLimit(destination.limitMinor) }]);
}

@Injectable()
export class PaymentsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records money received, never more than is owed on what it is for, unless it is
   * taken as credit: with `restAsCredit`, what exceeds it is written as the client's
   * credit in the same transaction (one card transaction, two rows, both or neither).
   * Answers with the payment of what was owed, or the credit when nothing was.
   */
  async take(input: PaymentInput, actor: Actor): Promise<Payment> {
    return this.database.$transaction(async (transaction) => {
      const destination = await this.paymentDestination(transaction, input, await this.lockedLedger(transaction, input.clientId));
      const creditMinor = input.restAsCredit && input.purpose !== 'credit' ? Math.max(input.amountMinor - Math.max(destination.limitMinor, 0), 0) : 0;
      const owedPart = { ...input, amountMinor: input.amountMinor - creditMinor };
      const paid =
        owedPart.amountMinor > 0
          ? await this.record(transaction, actor, {
              kind: 'payment',
              purpose: input.purpose,
              input: owedPart,
              destination,
              audit: { action: 'payment.take', details: { purpose: input.purpose } },
            })
          : null;
      if (creditMinor === 0) return paid!;
      const credit = await this.record(transaction, actor, {
        kind: 'payment',
        purpose: 'credit',
        input: { ...input, amountMinor: creditMinor },
        destination: { ...destination, invoiceId: null, limitMinor: creditMinor },
        audit: { action: 'payment.take', details: { purpose: 'credit' } },
      });
      return paid ?? credit;
    });
  }

  /** Pays money back: a credit note, or credit the client holds; never more than either. */
  async refund(input: RefundInput, actor: Actor): Promise<Payment> {
    return this.database.$transaction(async (transaction) => {
      const destination = await this.refundDestination(transaction, input, await this.lockedLedger(transaction, input.clientId));
      const creditNote: Record<string, string> = destination.invoiceId ? { creditNoteId: destination.invoiceId } : {};
      return this.record(transaction, actor, { kind: 'refund', purpose: 'refund', input, destination, audit: { action: 'payment.refund', details: creditNote } });
    });
  }

  /** Writes a payment or refund within its destination's limit, with its audit event. */
  private async record(
    transaction: Transaction,
    actor: Actor,
    movement: {
      kind: 'payment' | 'refund';
      purpose: Payment['purpose'];
      input: PaymentInput | RefundInput;
      destination: Destination;
      audit: { action: 'payment.take' | 'payment.refund'; details: Record<string, string> };
    },
  ): Promise<Payment> {
    const { input, destination } = movement;
    assertWithin(input, destination);
    const row = await transaction.payment.create({
      data: {
        kind: movement.kind,
        purpose: movement.purpose,
        clientId: input.clientId,
        planId: destination.planId,
        invoiceId: destination.invoiceId,
        method: input.method,
        amountMinor: input.amountMinor,
        currency: destination.currency,
        reference: input.reference ?? null,
        note: input.note ?? null,
        recordedById: actor.staffId!,
      },
      include: paymentIncludes,
    });
    await this.audit.record(transaction, actor, {
      action: movement.audit.action,
      clientId: input.clientId,
      entityType: 'payment',
      entityId: row.id,
      details: { ...movement.audit.details, method: input.method, amountMinor: input.amountMinor, currency: destination.currency },
    });
    return toPayment(row);
  }

  /** The client's ledger, read after locking their account so no other desk spends the same amount meanwhile. */
  private async lockedLedger(transaction: Transaction, clientId: string): Promise<Ledger> {
    if (!(await lockClientAccount(transaction, clientId))) throw validationProblem([{ field: 'clientId', message: 'Not a client' }]);
    return ledgerOf(transaction, clientId);
  }

  private async paymentDestination(transaction: Transaction, input: PaymentInput, ledger: Ledger): Promise<Destination> {
    if (input.purpose === 'invoice') {
      const invoice = await transaction.invoice.findUnique({ where: { id: input.invoiceId! }, select: { clientId: true, kind: true, number: true, currency: true, planId: true } });
      if (!invoice || invoice.clientId !== input.clientId || invoice.kind !== 'invoice') throw validationProblem([{ field: 'invoiceId', message: 'Not an invoice of this client' }]);
      const { dueMinor } = settle(ledger.documents, ledger.movements).invoices.get(input.invoiceId!)!;
      return {
        planId: invoice.planId,
        invoiceId: input.invoiceId!,
        currency: invoice.currency,
        limitMinor: dueMinor,
        beyondLimit: (due) =>
          due > 0
            ? `More than the ${formatMoney(due, invoice.currency)} still owed on ${invoice.number}; record the rest as credit`
            : `Nothing is owed on ${invoice.number}; record it as credit`,
      };
    }
    const planId = input.planId ? await this.clientsPlan(transaction, input.clientId, input.planId) : null;
    if (input.purpose === 'deposit') {
      const quote = await transaction.quote.findFirst({
        where: { planId: planId! },
        orderBy: { version: 'desc' },
        select: { totalMinor: true, currency: true, acceptance: { select: { quoteId: true } } },
      });
      if (!quote?.acceptance) throw conflictProblem('No accepted quote', 'A deposit is taken on the quote the client signed: the plan’s latest quote is not accepted', 'planId');
      return {
        planId,
        invoiceId: null,
        currency: quote.currency,
        limitMinor: quote.totalMinor - paidOnPlan(ledger, planId!),
        beyondLimit: (left) => `More than the ${formatMoney(Math.max(left, 0), quote.currency)} left to pay on the plan’s quote; record the rest as credit`,
      };
    }
    return { planId, invoiceId: null, currency: await this.clinicCurrency(transaction), limitMinor: Number.POSITIVE_INFINITY, beyondLimit: () => '' };
  }

  private async refundDestination(transaction: Transaction, input: RefundInput, ledger: Ledger): Promise<Destination> {
    const { heldByPlan } = settle(ledger.documents, ledger.movements);
    const heldInAll = sum([...heldByPlan.values()]);
    if (input.creditNoteId) {
      const note = await transaction.invoice.findUnique({ where: { id: input.creditNoteId }, select: { clientId: true, kind: true, number: true, currency: true, planId: true } });
      if (!note || note.clientId !== input.clientId || note.kind !== 'credit_note') throw validationProblem([{ field: 'creditNoteId', message: 'Not a credit note of this client' }]);
      const refundedMinor = sum(ledger.movements.filter((movement) => movement.kind === 'refund' && movement.invoiceId === input.creditNoteId).map((movement) => movement.amountMinor));
      const noteLeft = ledger.documents.find((document) => document.id === input.creditNoteId)!.totalMinor - refundedMinor;
      return {
        planId: note.planId,
        invoiceId: input.creditNoteId,
        currency: note.currency,
        limitMinor: Math.min(noteLeft, heldInAll),
        beyondLimit: (limit) =>
          noteLeft <= heldInAll
            ? `More than the ${formatMoney(Math.max(limit, 0), note.currency)} of ${note.number} not yet paid back`
            : `More than the ${formatMoney(Math.max(limit, 0), note.currency)} the client has paid and not used`,
      };
    }
    const planId = input.planId ? await this.clientsPlan(transaction, input.clientId, input.planId) : null;
    const currency = await this.clinicCurrency(transaction);
    return {
      planId,
      invoiceId: null,
      currency,
      limitMinor: planId ? (heldByPlan.get(planId) ?? 0) : heldInAll,
      beyondLimit: (held) => `More than the ${formatMoney(held, currency)} of credit the client holds${planId ? ' on this plan' : ''}`,
    };
  }

  private async clientsPlan(transaction: Transaction, clientId: string, planId: string): Promise<string> {
    const plan = await transaction.treatmentPlan.findUnique({ where: { id: planId }, select: { clientId: true } });
    if (plan?.clientId !== clientId) throw validationProblem([{ field: 'planId', message: 'Not a plan of this client' }]);
    return planId;
  }

  private async clinicCurrency(transaction: Transaction): Promise<string> {
    return (await transaction.clinicSettings.findFirstOrThrow({ select: { currency: true } })).currency;
  }
}
