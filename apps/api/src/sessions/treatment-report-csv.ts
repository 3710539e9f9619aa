import { dateInZone, timeInZone } from '@smp/contracts';
import { csvDocument } from '../http/csv.js';
import type { ReportRow } from './treatment-report.service.js';

/**
 * The report's rows as a CSV file. Times are on the clinic's clock, as staff
 * remember them, written so spreadsheets read them as dates; the header names
 * the zone.
 */
export function treatmentReportCsv(rows: ReportRow[], timeZone: string): string {
  const header = [`completed_at (${timeZone})`, 'client', 'client_id', 'artist', 'style', 'plan_status', 'session_number', 'pigment_lots', 'needle_lot'];
  const lines = rows.map((row) => [
    clinicTime(row.completedAt, timeZone),
    row.client.name,
    row.client.id,
    row.artist.name,
    row.style ?? '',
    row.planStatus ?? '',
    row.sessionNumber ?? '',
    row.pigmentLots.join(' '),
    row.needleLot,
  ]);
  return csvDocument(header, lines);
}

/** "2026-03-09 10:00": the instant on the clinic's wall clock. */
function clinicTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  return `${dateInZone(instant, timeZone)} ${timeInZone(instant, timeZone)}`;
}
