import { Inject, Injectable } from '@nestjs/common';
import { TREATMENT_STYLES, type TreatmentStyle, type priceListInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';

export interface Price {
  style: TreatmentStyle;
  planPriceMinor: number;
  extraSessionPriceMinor: number;
  currency: string;
}

/** The clinic's own prices, in minor units of its currency; a style without a price is quoted at 0 until set. */
@Injectable()
export class PricesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Price[]> {
    const [rows, { currency }] = await Promise.all([this.database.treatmentPrice.findMany(), this.clinic.get()]);
    const byStyle = new Map(rows.map((row) => [row.style, row]));
    return TREATMENT_STYLES.map((style) => ({
      style,
      planPriceMinor: byStyle.get(style)?.planPriceMinor ?? 0,
      extraSessionPriceMinor: byStyle.get(style)?.extraSessionPriceMinor ?? 0,
      currency,
    }));
  }

  async of(style: TreatmentStyle): Promise<Price> {
    return (await this.list()).find((price) => price.style === style)!;
  }

  async update(input: z.output<typeof priceListInputSchema>, actor: Actor): Promise<Price[]> {
    await this.database.$transaction(async (transaction) => {
      for (const price of input.prices) {
        await transaction.treatmentPrice.upsert({
          where: { style: price.style },
          create: price,
          update: { planPriceMinor: price.planPriceMinor, extraSessionPriceMinor: price.extraSessionPriceMinor, updatedAt: new Date() },
        });
      }
      await this.audit.record(transaction, actor, { action: 'prices.update', entityType: 'price_list', changedFields: input.prices.map((price) => price.style) });
    });
    return this.list();
  }
}
