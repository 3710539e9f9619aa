import { Inject, Injectable } from '@nestjs/common';
import type { Account } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { existingClient } from '../shared/client-checks.js';
import { settlementOf } from './ledger.queries.js';
import { invoiceSummaryIncludes, paymentIncludes, toAccount } from './money-views.js';

@Injectable()
export class AccountsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  /** A client's account: what they were invoiced, credited and paid, and what they owe, from the ledger alone. */
  async client(clientId: string, actor: Actor): Promise<Account> {
    await existingClient(this.database, clientId);
    const [settlement, invoices, payments, settings] = await Promise.all([
      settlementOf(this.database, clientId),
      this.database.invoice.findMany({ where: { clientId }, include: invoiceSummaryIncludes, orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }] }),
      this.database.payment.findMany({ where: { clientId }, include: paymentIncludes, orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }] }),
      this.database.clinicSettings.findFirstOrThrow({ select: { currency: true } }),
    ]);
    await this.audit.record(this.database, actor, { action: 'account.read', clientId, entityType: 'client', entityId: clientId });
    return toAccount(settings.currency, settlement, invoices, payments);
  }
}
