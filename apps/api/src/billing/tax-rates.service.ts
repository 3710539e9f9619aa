import { Inject, Injectable } from '@nestjs/common';
import type { TaxRate, taxRateInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, Transaction } from '../database/database.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { TaxRateRow } from './charge-lines.js';

/**
 * The clinic's tax rates. Lines copy the name and rate they were charged at, so a
 * rate is never changed: it is archived and a new one added. At most one live rate
 * is the default new lines get.
 */
@Injectable()
export class TaxRatesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async list(includeArchived = false): Promise<TaxRate[]> {
    const rows = await this.database.taxRate.findMany({
      where: includeArchived ? {} : { archivedAt: null },
      orderBy: [{ archivedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'asc' }],
    });
    return rows.map(toTaxRate);
  }

  async add(input: z.output<typeof taxRateInputSchema>, actor: Actor): Promise<TaxRate> {
    return this.write(async (transaction) => {
      const sameName = await transaction.taxRate.findFirst({ where: { archivedAt: null, name: { equals: input.name, mode: 'insensitive' } }, select: { id: true } });
      if (sameName) throw validationProblem([{ field: 'name', message: 'A live rate has this name already' }]);
      if (input.isDefault) await clearDefault(transaction);
      const rate = await transaction.taxRate.create({ data: input });
      await this.audit.record(transaction, actor, { action: 'tax_rate.add', entityType: 'tax_rate', entityId: rate.id, details: { name: rate.name, basisPoints: rate.basisPoints } });
      return rate;
    });
  }

  /** Archived rates stay on the lines that used them; the default, archived, leaves the clinic without one. */
  async archive(id: string, actor: Actor): Promise<TaxRate> {
    return this.write(async (transaction) => {
      const rate = await existingRate(transaction, id);
      if (rate.archivedAt) throw conflictProblem('Already archived', 'This tax rate is archived already.');
      const archived = await transaction.taxRate.update({ where: { id }, data: { archivedAt: new Date(), isDefault: false } });
      await this.audit.record(transaction, actor, { action: 'tax_rate.archive', entityType: 'tax_rate', entityId: id });
      return archived;
    });
  }

  async makeDefault(id: string, actor: Actor): Promise<TaxRate> {
    return this.write(async (transaction) => {
      const rate = await existingRate(transaction, id);
      if (rate.archivedAt) throw conflictProblem('Tax rate archived', 'An archived rate cannot be the default: add it again as a new rate.');
      if (rate.isDefault) return rate;
      await clearDefault(transaction);
      const madeDefault = await transaction.taxRate.update({ where: { id }, data: { isDefault: true } });
      await this.audit.record(transaction, actor, { action: 'tax_rate.default', entityType: 'tax_rate', entityId: id });
      return madeDefault;
    });
  }

  /** One change to the rates at a time, so two owners cannot both make a default or both add a name. */
  private async write(change: (transaction: Transaction) => Promise<TaxRateRow>): Promise<TaxRate> {
    const rate = await this.database.$transaction(async (transaction) => {
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('tax_rates', 0))`;
      return change(transaction);
    });
    return toTaxRate(rate);
  }
}

async function existingRate(transaction: Transaction, id: string): Promise<TaxRateRow> {
  const rate = await transaction.taxRate.findUnique({ where: { id } });
  if (!rate) throw notFoundProblem('The tax rate');
  return rate;
}

async function clearDefault(transaction: Transaction): Promise<void> {
  await transaction.taxRate.updateMany({ where: { isDefault: true }, data: { isDefault: false } });
}

function toTaxRate(row: TaxRateRow): TaxRate {
  return { id: row.id, name: row.name, basisPoints: row.basisPoints, isDefault: row.isDefault, archivedAt: row.archivedAt?.toISOString() ?? null };
}
