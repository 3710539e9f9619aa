import { Inject, Injectable } from '@nestjs/common';
import type { Account, PlanAccount } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { notFoundProblem } from '../http/problem.js';
import { existingClient } from '../shared/client-checks.js';
import { QuotesService } from '../quotes/quotes.service.js';
import { settlementOf, standingInvoice } from './ledger.queries.js';
import { invoiceSummaryIncludes, paymentIncludes, toAccount } from './money-views.js';

const newestFirst = { invoices: [{ issuedAt: 'desc' as const }, { id: 'desc' as const }], payments: [{ receivedAt: 'desc' as const }, { id: 'desc' as const }] };

@Injectable()
export class AccountsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly quotes: QuotesService,
  ) {}

  /** A client's account: what they were invoiced, credited and paid, and what they owe, from the ledger alone. */
  async client(clientId: string, actor: Actor): Promise<Account> {
    await existingClient(this.database, clientId);
    const [settlement, invoices, payments, currency] = await Promise.all([
      settlementOf(this.database, clientId),
      this.database.invoice.findMany({ where: { clientId }, include: invoiceSummaryIncludes, orderBy: newestFirst.invoices }),
      this.database.payment.findMany({ where: { clientId }, include: paymentIncludes, orderBy: newestFirst.payments }),
      this.currency(),
    ]);
    await this.audit.record(this.database, actor, { action: 'account.read', clientId, entityType: 'client', entityId: clientId });
    return toAccount(currency, settlement, invoices, payments);
  }

  /**
   * A plan's account: its invoices and credit notes, the payments made on it (its
   * deposit among them), its quote, where its deposit stands and whether its accepted
   * quote may be invoiced. Each invoice's standing is the client's settlement's, since
   * money held on one plan may pay another's invoice.
   */
  async plan(planId: string, actor: Actor): Promise<PlanAccount> {
    const plan = await this.database.treatmentPlan.findUnique({ where: { id: planId }, select: { clientId: true } });
    if (!plan) throw notFoundProblem('The plan');
    const [settlement, invoices, payments, currency, standing] = await Promise.all([
      settlementOf(this.database, plan.clientId),
      this.database.invoice.findMany({ where: { planId }, include: invoiceSummaryIncludes, orderBy: newestFirst.invoices }),
      this.database.payment.findMany({ where: { planId }, include: paymentIncludes, orderBy: newestFirst.payments }),
      this.currency(),
      standingInvoice(this.database, { planId }),
    ]);
    const account = toAccount(currency, settlement, invoices, payments);
    // The plan's payments less its refunds count towards its deposit, as the follow-up queue counts them.
    const quotes = await this.quotes.forPlan(planId, account.paidMinor);
    const { acceptedQuote } = quotes;
    const invoiceable = acceptedQuote !== null && acceptedQuote.totalMinor > 0 && !standing;
    await this.audit.record(this.database, actor, { action: 'account.read', clientId: plan.clientId, entityType: 'plan', entityId: planId });
    return { ...account, ...quotes, canInvoicePlan: invoiceable };
  }

  private async currency(): Promise<string> {
    const settings = await this.database.clinicSettings.findFirstOrThrow({ select: { currency: true } });
    return settings.currency;
  }
}
