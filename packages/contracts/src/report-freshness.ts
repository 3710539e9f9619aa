import { z } from 'zod';

/**
 * How fresh a report's figures are. Reports may read a streaming replica of the
 * database (DATABASE_REPLICA_ADDRESS), which trails the primary by the time it
 * takes to replay the primary's changes: usually well under a second, longer when
 * the replica falls behind or loses its primary.
 */
export const reportFreshnessFields = {
  dataAsOf: z.iso.datetime().meta({ description: 'Every change committed before this instant is in the figures.' }),
  readFrom: z.enum(['primary', 'replica']).meta({ description: 'Which copy of the database the figures were read from.' }),
};
export const reportFreshnessSchema = z.object(reportFreshnessFields);
export type ReportFreshness = z.infer<typeof reportFreshnessSchema>;

/** How far behind the moment it was generated a report's data may be before staff are told its newest changes are missing. */
export const STALE_REPORT_SECONDS = 60;

/**
 * Seconds a replica's figures trail `generatedAt`, when they trail it by more than
 * STALE_REPORT_SECONDS; otherwise null. Figures from the primary are never stale:
 * a report that merely took long to run holds everything up to its start.
 */
export function staleBySeconds(freshness: ReportFreshness, generatedAt: string): number | null {
  if (freshness.readFrom === 'primary') return null;
  const behind = Math.round((Date.parse(generatedAt) - Date.parse(freshness.dataAsOf)) / 1000);
  return behind > STALE_REPORT_SECONDS ? behind : null;
}
