import { Inject, Injectable } from '@nestjs/common';
import { HOLDING_STATUSES, type DepositStatus, type Quote, type QuoteDraft, type quoteAcceptanceInputSchema, type quoteInputSchema, type TreatmentStyle } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { assertNotArchived } from '../shared/client-checks.js';
import { signaturePng } from '../shared/signature.js';
import { BillingSettingsService } from '../billing/billing-settings.service.js';
import { priceChargeLines, pricingContext } from '../billing/charge-lines.js';
import { draftLines } from './quote-draft.js';
import { quoteIncludes, toQuote } from './quote-view.js';
import { depositStatus } from './deposit-status.js';
import { latestVersionOf, writeQuote } from './quote-writer.js';

type QuoteInput = z.output<typeof quoteInputSchema>;
type AcceptanceInput = z.output<typeof quoteAcceptanceInputSchema>;

/** A plan's quotes and where its deposit stands, as the plan's account shows them. */
export interface PlanQuotes {
  /** The plan's latest quote. */
  quote: Quote | null;
  /** The quote the client signed, when it is the latest. */
  acceptedQuote: Quote | null;
  deposit: DepositStatus;
}

const CLOSED_PLAN_STATUSES = new Set(['cancelled', 'completed']);

/**
 * A plan's quotes: each presented one is the plan's next version and supersedes the
 * ones before; the client accepts the latest with their signature. Written once.
 */
@Injectable()
export class QuotesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly clinic: ClinicSettingsService,
    private readonly billing: BillingSettingsService,
  ) {}

  /** Lines from the plan's price and its charged sessions, to edit before presenting. */
  async draft(planId: string): Promise<QuoteDraft> {
    const plan = await this.database.treatmentPlan.findUnique({
      where: { id: planId },
      select: { style: true, quotedPriceMinor: true, sessions: { select: { number: true, priceMinor: true } } },
    });
    if (!plan) throw notFoundProblem('The plan');
    const { pricesIncludeTax, currency } = await this.billing.get();
    return { lines: draftLines({ ...plan, style: plan.style as TreatmentStyle }), pricesIncludeTax, currency };
  }

  async present(planId: string, input: QuoteInput, actor: Actor): Promise<Quote> {
    const [pricing, settings] = await Promise.all([pricingContext(this.database), this.billing.get()]);
    const { lines, totals } = priceChargeLines(input.lines, pricing);
    const quoteId = await this.database.$transaction(async (transaction) => {
      const plan = await lockedOpenPlan(transaction, planId, 'quoting it');
      const quote = await writeQuote(transaction, {
        planId,
        clientId: plan.client_id,
        pricing,
        priced: { lines, totals },
        deposit: settings.deposit,
        notes: input.notes || null,
        createdById: actor.staffId!,
      });
      await this.audit.record(transaction, actor, {
        action: 'quote.present',
        clientId: plan.client_id,
        entityType: 'quote',
        entityId: quote.id,
        details: { planId, version: quote.version, totalMinor: quote.totalMinor },
      });
      return quote.id;
    });
    return this.quote(quoteId);
  }

  /** The client's typed name and drawn signature on the plan's latest quote, once. */
  async accept(quoteId: string, input: AcceptanceInput, actor: Actor): Promise<Quote> {
    const signature = signaturePng(input.signature);
    await this.database.$transaction(async (transaction) => {
      const quote = await transaction.quote.findUnique({ where: { id: quoteId }, select: { planId: true, clientId: true, version: true } });
      if (!quote) throw notFoundProblem('The quote');
      // The plan's row lock: a new version presented, or a second signature taken, at the same moment either comes before (and this is refused) or waits.
      await lockedOpenPlan(transaction, quote.planId, 'taking their signature');
      const latestVersion = await latestVersionOf(transaction, quote.planId);
      if (quote.version < latestVersion) throw conflictProblem('Quote superseded', `A newer quote (version ${latestVersion}) replaces this one: the client signs that one.`);
      // Read after the lock, so a signature taken meanwhile at another desk is seen.
      if (await transaction.quoteAcceptance.findUnique({ where: { quoteId }, select: { quoteId: true } }))
        throw conflictProblem('Already accepted', 'The client has signed this quote already.');
      await transaction.quoteAcceptance.create({ data: { quoteId, signedName: input.signedName, signaturePng: signature, witnessedById: actor.staffId! } });
      await this.audit.record(transaction, actor, { action: 'quote.accept', clientId: quote.clientId, entityType: 'quote', entityId: quoteId, details: { planId: quote.planId } });
    });
    return this.quote(quoteId);
  }

  /** Every version of the plan's quote, newest first (a read of the client's record). */
  async list(planId: string, actor: Actor): Promise<Quote[]> {
    const plan = await this.database.treatmentPlan.findUnique({ where: { id: planId }, select: { clientId: true } });
    if (!plan) throw notFoundProblem('The plan');
    const rows = await this.database.quote.findMany({ where: { planId }, include: quoteIncludes, orderBy: { version: 'desc' } });
    if (rows.length > 0)
      await this.audit.record(this.database, actor, { action: 'quote.read', clientId: plan.clientId, entityType: 'treatment_plan', entityId: planId, details: { list: true } });
    return rows.map((row) => toQuote(row, rows[0]!.version));
  }

  async get(quoteId: string, actor: Actor): Promise<Quote> {
    const quote = await this.quote(quoteId);
    await this.audit.record(this.database, actor, { action: 'quote.read', clientId: quote.clientId, entityType: 'quote', entityId: quoteId });
    return quote;
  }

  /** The client's drawn signature on the quote, as a PNG. */
  async signature(quoteId: string, actor: Actor): Promise<Buffer> {
    const acceptance = await this.database.quoteAcceptance.findUnique({ where: { quoteId }, select: { signaturePng: true, quote: { select: { clientId: true } } } });
    if (!acceptance) throw notFoundProblem('The quote’s signature');
    await this.audit.record(this.database, actor, { action: 'quote.read', clientId: acceptance.quote.clientId, entityType: 'quote', entityId: quoteId, details: { signature: true } });
    return Buffer.from(acceptance.signaturePng);
  }

  /**
   * The plan's latest quote, the one the client signed when it is that one, and where
   * the deposit it asks for stands now, given what has been paid on the plan: for the plan's account.
   */
  async forPlan(planId: string, paidOnPlanMinor: number): Promise<PlanQuotes> {
    const [latest, sessionOne, settings, billing] = await Promise.all([
      this.database.quote.findFirst({ where: { planId }, include: quoteIncludes, orderBy: { version: 'desc' } }),
      this.database.appointment.findFirst({
        where: { planSession: { planId, number: 1 }, status: { in: [...HOLDING_STATUSES] } },
        select: { startsAt: true, createdAt: true },
        orderBy: { startsAt: 'asc' },
      }),
      this.clinic.get(),
      this.billing.get(),
    ]);
    const quote = latest ? toQuote(latest, latest.version) : null;
    const acceptedQuote = quote?.acceptance ? quote : null;
    const deposit = depositStatus(
      {
        requiredMinor: acceptedQuote?.depositMinor ?? null,
        sessionOne: sessionOne && { startsAt: sessionOne.startsAt, bookedAt: sessionOne.createdAt },
        paidMinor: paidOnPlanMinor,
      },
      { depositDueDaysBefore: billing.depositDueDaysBefore, timeZone: settings.timeZone },
      new Date(),
    );
    return { quote, acceptedQuote, deposit };
  }

  private async quote(quoteId: string): Promise<Quote> {
    const row = await this.database.quote.findUnique({ where: { id: quoteId }, include: quoteIncludes });
    if (!row) throw notFoundProblem('The quote');
    return toQuote(row, await latestVersionOf(this.database, row.planId));
  }
}

/**
 * The plan, its row locked for the rest of the transaction (NO KEY UPDATE: invoices and
 * payments naming the plan are not held up by it); refused when closed or its client archived.
 */
async function lockedOpenPlan(transaction: Transaction, planId: string, before: string): Promise<{ client_id: string }> {
  const [plan] = await transaction.$queryRaw<{ client_id: string; status: string; archived_at: Date | null }[]>`
    SELECT p.client_id, p.status, c.archived_at
      FROM treatment_plans p JOIN clients c ON c.id = p.client_id
     WHERE p.id = ${planId}::uuid
       FOR NO KEY UPDATE OF p`;
  if (!plan) throw notFoundProblem('The plan');
  if (CLOSED_PLAN_STATUSES.has(plan.status)) throw conflictProblem('Plan closed', `The plan is ${plan.status}: its quote stands as it is.`);
  assertNotArchived({ archivedAt: plan.archived_at }, before);
  return plan;
}
