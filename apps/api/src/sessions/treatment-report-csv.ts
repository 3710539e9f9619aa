import { dateInZone, timeInZone } from '@smp/contracts';
import type { ReportRow } from './treatment-report.service.js';

/**
 * Spreadsheet programs take a CSV without a byte order mark for their own code
 * page and garble accented names; with it they read UTF-8.
 */
const UTF8_BOM = '\uFEFF';

/**
 * The report's rows as a CSV file. Times are on the clinic's clock, as staff
 * remember them, written so spreadsheets read them as dates; the header names
 * the zone.
 */
export function treatmentReportCsv(rows: ReportRow[], timeZone: string): string {
  const header = [`completed_at (${timeZone})`, 'client', 'client_id', 'artist', 'style', 'plan_status', 'session_number', 'pigment_lots', 'needle_lot'];
  const lines = rows.map((row) =>
    [
      clinicTime(row.completedAt, timeZone),
      row.client.name,
      row.client.id,
      row.artist.name,
      row.style ?? '',
      row.planStatus ?? '',
      row.sessionNumber ?? '',
      row.pigmentLots.join(' '),
      row.needleLot,
    ]
      .map(csvField)
      .join(','),
  );
  return UTF8_BOM + [header.map(csvField).join(','), ...lines].join('\r\n') + '\r\n';
}

/** "2026-03-09 10:00": the instant on the clinic's wall clock. */
function clinicTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  return `${dateInZone(instant, timeZone)} ${timeInZone(instant, timeZone)}`;
}

/** Quotes a CSV field, and defuses spreadsheet formulas a name could smuggle in. */
function csvField(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
