import type { OpeningInterval } from '@smp/contracts';
import { fromTimeColumn, toTimeColumn } from '../database/column-values.js';
import type { Transaction } from '../database/database.js';

/** The opening hours of one location, replaced as a whole inside the caller's transaction. */
export async function replaceOpeningHours(transaction: Transaction, locationId: string, hours: readonly OpeningInterval[]): Promise<void> {
  await transaction.clinicOpeningHours.deleteMany({ where: { locationId } });
  await transaction.clinicOpeningHours.createMany({
    data: hours.map((interval) => ({ locationId, weekday: interval.weekday, opens: toTimeColumn(interval.opens), closes: toTimeColumn(interval.closes) })),
  });
}

export function toOpeningInterval(row: { weekday: number; opens: Date; closes: Date }): OpeningInterval {
  return { weekday: row.weekday, opens: fromTimeColumn(row.opens), closes: fromTimeColumn(row.closes) };
}

export function sortIntervals<T extends OpeningInterval>(intervals: readonly T[]): T[] {
  return [...intervals].sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}
