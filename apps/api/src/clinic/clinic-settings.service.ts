import { Inject, Injectable } from '@nestjs/common';
import { setDefaultPhoneRegion, type ClinicSettings, type ClinicSettingsInput, type clinicSettingsInputSchema, type OpeningInterval } from '@smp/contracts';
import type { z } from 'zod';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { fromTimeColumn, toTimeColumn } from '../database/column-values.js';
import { replaceOpeningHours, sortIntervals, toOpeningInterval } from './opening-hours.js';
import { conflictProblem } from '../http/problem.js';
import { ClinicSettingsCache } from './clinic-settings-cache.js';
import { BILLING_SETTINGS_COLUMNS } from './billing-columns.js';

type SettingsInput = z.output<typeof clinicSettingsInputSchema>;

/** A new clinic opens on weekdays and Saturday mornings until the owner says otherwise. */
const FIRST_OPENING_HOURS: OpeningInterval[] = [...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '18:00' })), { weekday: 6, opens: '10:00', closes: '14:00' }];

@Injectable()
export class ClinicSettingsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly cache: ClinicSettingsCache,
  ) {}

  /**
   * Start-up step: creates the settings and the main location from the environment on
   * the first start (later starts keep what owners set) and reads local phone numbers
   * in the clinic's country.
   */
  async prepare(): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      const created = await transaction.clinicSettings.createMany({ data: [{ singleton: true, ...this.config.initialClinic }], skipDuplicates: true });
      // A database that had rows before its settings got its main location when migrated.
      if (created.count > 0 && !(await transaction.location.findFirst({ where: { main: true } }))) {
        const main = await transaction.location.create({ data: { name: this.config.initialClinic.name, main: true } });
        await replaceOpeningHours(transaction, main.id, FIRST_OPENING_HOURS);
      }
    });
    this.cache.drop();
    await this.get();
  }

  /** Shared by every request until the settings change: frozen, so no caller alters another's. */
  get(): Promise<ClinicSettings> {
    return this.cache.read('settings', () => this.load());
  }

  /** Also reads local phone numbers in the clinic's country, which another instance may have changed. */
  private async load(): Promise<ClinicSettings> {
    const [settings, openingHours] = await Promise.all([
      // Not findUnique: Prisma batches concurrent findUnique calls into an `in` filter, which a boolean key cannot take.
      this.database.clinicSettings.findFirstOrThrow({ omit: BILLING_SETTINGS_COLUMNS }),
      this.database.clinicOpeningHours.findMany({ where: { location: { main: true } }, orderBy: [{ weekday: 'asc' }, { opens: 'asc' }] }),
    ]);
    const { singleton: _singleton, updatedAt, quietHoursStart, quietHoursEnd, reminderHours, ...fields } = settings;
    setDefaultPhoneRegion(fields.country);
    return Object.freeze({
      ...fields,
      reminderHours: Object.freeze([...reminderHours].sort((a, b) => b - a)),
      quietHours: quietHoursStart && quietHoursEnd ? Object.freeze({ start: fromTimeColumn(quietHoursStart), end: fromTimeColumn(quietHoursEnd) }) : null,
      openingHours: Object.freeze(openingHours.map((row) => Object.freeze(toOpeningInterval(row)))),
      updatedAt: updatedAt.toISOString(),
    }) as ClinicSettings;
  }

  /** Replaces the settings and the main location's opening hours as a whole, in one transaction with its audit event. */
  async update(input: SettingsInput, actor: Actor): Promise<ClinicSettings> {
    const before = await this.get();
    const { openingHours, quietHours, reminderHours, ...fields } = input;
    const sortedReminderHours = [...reminderHours].sort((a, b) => b - a);
    await this.database.$transaction(async (transaction) => {
      if (fields.currency !== before.currency) await refuseCurrencyChangeOverMoney(transaction);
      await transaction.clinicSettings.update({
        where: { singleton: true },
        data: {
          ...fields,
          reminderHours: sortedReminderHours,
          quietHoursStart: quietHours && toTimeColumn(quietHours.start),
          quietHoursEnd: quietHours && toTimeColumn(quietHours.end),
        },
      });
      const main = await transaction.location.findFirstOrThrow({ where: { main: true }, select: { id: true } });
      await replaceOpeningHours(transaction, main.id, openingHours);
      const { updatedAt: _updatedAt, ...comparable } = before;
      await this.audit.record(transaction, actor, {
        action: 'clinic.update',
        entityType: 'clinic_settings',
        changedFields: changedFields(comparable, { ...input, reminderHours: sortedReminderHours, openingHours: sortIntervals(openingHours) } satisfies ClinicSettingsInput),
      });
    });
    // This instance's next read sees the change at once; others hear of it from the database.
    this.cache.drop();
    return this.get();
  }
}

/**
 * Balances, credit and refunds add up amounts in the clinic's currency: once money has
 * been quoted, invoiced or paid in one, another would add dollars to euros.
 */
async function refuseCurrencyChangeOverMoney(transaction: Pick<Database, '$queryRaw'>): Promise<void> {
  const [{ money }] = await transaction.$queryRaw<[{ money: boolean }]>`
    SELECT EXISTS (SELECT FROM quotes) OR EXISTS (SELECT FROM invoices) OR EXISTS (SELECT FROM payments) AS money`;
  if (money) throw conflictProblem('Currency in use', 'Quotes, invoices or payments are kept in the clinic’s currency: it cannot change once there are any', 'currency');
}
