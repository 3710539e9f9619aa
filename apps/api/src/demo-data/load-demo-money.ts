import type { TreatmentStyle } from '@smp/contracts';
import type { Database } from '../database/database.js';
import { AuditService } from '../audit/audit.service.js';
import { BillingSettingsService } from '../billing/billing-settings.service.js';
import { priceChargeLines, pricingContext } from '../billing/charge-lines.js';
import { draftLines } from '../quotes/quote-draft.js';
import { writeQuote } from '../quotes/quote-writer.js';
import { planInvoiceDocument, writeDocument } from '../invoices/document-writer.js';
import type { DemoContext } from './load-demo-histories.js';
import type { DemoPayment } from './demo-money.js';

/** Payments are taken at the desk a few minutes after the session ends. */
const AT_THE_DESK_MS = 10 * 60_000;

/**
 * The plan's quote as the price list drafts it, presented by the artist and signed
 * by the client when the plan started, and the deposit it asks for paid by card at
 * reception then, so no deposit is ever overdue.
 */
export async function quoteSignedWithDeposit(context: DemoContext, plan: { id: string; startedAt: Date }, depositReference: string): Promise<void> {
  const { transaction } = context;
  const { style, quotedPriceMinor, sessions, client } = await transaction.treatmentPlan.findUniqueOrThrow({
    where: { id: plan.id },
    select: { style: true, quotedPriceMinor: true, sessions: { select: { number: true, priceMinor: true } }, client: { select: { id: true, firstName: true, lastName: true } } },
  });
  const writer = transaction as unknown as Database;
  const [pricing, billing] = await Promise.all([pricingContext(transaction), new BillingSettingsService(writer, new AuditService(writer)).get()]);
  const lines = draftLines({ style: style as TreatmentStyle, quotedPriceMinor, sessions });
  const quote = await writeQuote(transaction, {
    planId: plan.id,
    clientId: client.id,
    pricing,
    priced: priceChargeLines(lines, pricing),
    deposit: billing.deposit,
    notes: null,
    createdById: context.artist.staffId,
    createdAt: plan.startedAt,
  });
  await transaction.quoteAcceptance.create({
    data: { quoteId: quote.id, signedName: `${client.firstName} ${client.lastName}`, signaturePng: context.signature, witnessedById: context.artist.staffId, acceptedAt: plan.startedAt },
  });
  await transaction.payment.create({
    data: {
      kind: 'payment',
      purpose: 'deposit',
      clientId: client.id,
      planId: plan.id,
      method: 'card',
      amountMinor: quote.depositMinor,
      currency: pricing.currency,
      reference: depositReference,
      receivedAt: plan.startedAt,
      recordedById: context.receptionistId,
    },
  });
}

/**
 * The plan's invoice of its signed quote, issued at reception when session 1 ended,
 * and the payments made on it after the sessions they name; the deposit counts
 * towards it, so a payment without an amount pays what was still owed.
 */
export async function invoicePaidAfterSessions(context: DemoContext, planId: string, sessionEnds: Date[], payments: DemoPayment[]): Promise<void> {
  const { transaction } = context;
  const plan = await transaction.treatmentPlan.findUniqueOrThrow({ where: { id: planId }, select: { id: true, clientId: true, artistId: true, style: true } });
  const quote = await transaction.quote.findFirstOrThrow({ where: { planId }, orderBy: { version: 'desc' }, include: { lines: { orderBy: { lineNumber: 'asc' } } } });
  const invoice = await writeDocument(transaction, planInvoiceDocument(plan, quote), { issuedById: context.receptionistId, issuedAt: sessionEnds[0]! });
  let owedMinor = quote.totalMinor - quote.depositMinor;
  for (const payment of payments) {
    const amountMinor = payment.amountMinor ?? owedMinor;
    owedMinor -= amountMinor;
    await transaction.payment.create({
      data: {
        kind: 'payment',
        purpose: 'invoice',
        clientId: plan.clientId,
        planId,
        invoiceId: invoice.id,
        method: payment.method,
        amountMinor,
        currency: quote.currency,
        reference: payment.reference ?? null,
        receivedAt: new Date(sessionEnds[payment.afterSession - 1]!.getTime() + AT_THE_DESK_MS),
        recordedById: context.receptionistId,
      },
    });
  }
}
