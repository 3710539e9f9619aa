import { Inject, Injectable } from '@nestjs/common';
import type { BillingSettings, billingSettingsInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { BILLING_SETTINGS_COLUMNS } from '../clinic/billing-columns.js';

type BillingSettingsInput = z.output<typeof billingSettingsInputSchema>;

const BILLING_COLUMNS = { currency: true, ...BILLING_SETTINGS_COLUMNS } as const;

/** The clinic's tax id, how its prices treat tax, and its deposit and late-fee policy: the billing columns of the clinic's settings. */
@Injectable()
export class BillingSettingsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<BillingSettings> {
    const row = await this.database.clinicSettings.findFirstOrThrow({ select: BILLING_COLUMNS });
    return {
      currency: row.currency,
      taxId: row.taxId,
      pricesIncludeTax: row.pricesIncludeTax,
      deposit: { kind: row.depositKind as BillingSettings['deposit']['kind'], amountMinor: row.depositAmountMinor, percent: row.depositPercent },
      depositDueDaysBefore: row.depositDueDaysBefore,
      lateCancellationFeeMinor: row.lateCancellationFeeMinor,
      noShowFeeMinor: row.noShowFeeMinor,
    };
  }

  /** Replaces the billing settings as a whole, in one transaction with its audit event naming what changed. */
  async update(input: BillingSettingsInput, actor: Actor): Promise<BillingSettings> {
    const { currency: _currency, ...before } = await this.get();
    const after = { ...input, taxId: input.taxId || null, deposit: depositColumns(input.deposit) };
    await this.database.$transaction(async (transaction) => {
      await transaction.clinicSettings.update({
        where: { singleton: true },
        data: {
          taxId: after.taxId,
          pricesIncludeTax: input.pricesIncludeTax,
          depositKind: after.deposit.kind,
          depositAmountMinor: after.deposit.amountMinor,
          depositPercent: after.deposit.percent,
          depositDueDaysBefore: input.depositDueDaysBefore,
          lateCancellationFeeMinor: input.lateCancellationFeeMinor,
          noShowFeeMinor: input.noShowFeeMinor,
        },
      });
      await this.audit.record(transaction, actor, { action: 'billing_settings.update', entityType: 'clinic_settings', changedFields: changedFields(before, after) });
    });
    return this.get();
  }
}

/** The policy as stored: the amount only for a fixed deposit, the percentage only for a share. */
function depositColumns(deposit: BillingSettingsInput['deposit']): BillingSettings['deposit'] {
  return {
    kind: deposit.kind,
    amountMinor: deposit.kind === 'amount' ? deposit.amountMinor : null,
    percent: deposit.kind === 'percent' ? deposit.percent : null,
  };
}
