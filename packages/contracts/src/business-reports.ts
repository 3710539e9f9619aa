import { z } from 'zod';
import { reportFreshnessFields } from './report-freshness.js';
import { isoDate } from './fields.js';

/**
 * The owner's business reports. Each is a table of rows whose columns are declared
 * here, so the API, its CSV and the web app's charts read the same shape. Money is
 * minor units of the clinic's currency (net of tax, less credit notes); rates are
 * fractions from 0 to 1; months are YYYY-MM in the clinic's calendar.
 */
export const COLUMN_KINDS = ['text', 'month', 'money', 'count', 'hours', 'rate'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

interface ColumnSpec {
  key: string;
  label: string;
  kind: ColumnKind;
}

const column = (key: string, label: string, kind: ColumnKind): ColumnSpec => ({ key, label, kind });

export const BUSINESS_REPORTS = {
  revenue_by_month: {
    title: 'Revenue by month',
    description: 'Invoiced less credited, net of tax, by the month of issue.',
    columns: [column('month', 'Month', 'month'), column('invoiced_minor', 'Invoiced', 'money'), column('credited_minor', 'Credited', 'money'), column('revenue_minor', 'Revenue', 'money')],
  },
  revenue_by_artist: {
    title: 'Revenue by artist',
    description: 'Invoiced less credited, net of tax, by the plan’s or visit’s artist.',
    columns: [column('artist_id', 'Artist id', 'text'), column('artist', 'Artist', 'text'), column('revenue_minor', 'Revenue', 'money')],
  },
  revenue_by_style: {
    title: 'Revenue by style',
    description: 'Invoiced less credited, net of tax, by the plan’s treatment style.',
    columns: [column('style', 'Style', 'text'), column('revenue_minor', 'Revenue', 'money')],
  },
  payments_by_method: {
    title: 'Payments by method',
    description: 'Money received and paid back, tax included, by how it was paid.',
    columns: [column('method', 'Method', 'text'), column('received_minor', 'Received', 'money'), column('refunded_minor', 'Refunded', 'money'), column('net_minor', 'Net', 'money')],
  },
  outstanding_balances: {
    title: 'Outstanding balances',
    description: 'Clients who owe money at the end of the range, most owed first.',
    columns: [column('client_id', 'Client id', 'text'), column('client', 'Client', 'text'), column('balance_minor', 'Owed', 'money'), column('oldest_unpaid_on', 'Oldest invoice', 'text')],
  },
  deposits_held: {
    title: 'Deposits held',
    description: 'Deposits paid on plans that have no invoice yet, at the end of the range.',
    columns: [
      column('client_id', 'Client id', 'text'),
      column('client', 'Client', 'text'),
      column('plan_id', 'Plan id', 'text'),
      column('style', 'Style', 'text'),
      column('artist', 'Artist', 'text'),
      column('held_minor', 'Held', 'money'),
      column('paid_on', 'Paid on', 'text'),
    ],
  },
  attendance: {
    title: 'No-shows and late cancellations',
    description: 'Appointments due in each month, and the share that were no-shows or cancelled late.',
    columns: [
      column('month', 'Month', 'month'),
      column('appointments', 'Appointments', 'count'),
      column('no_shows', 'No-shows', 'count'),
      column('late_cancellations', 'Late cancellations', 'count'),
      column('no_show_rate', 'No-show rate', 'rate'),
      column('late_cancellation_rate', 'Late cancellation rate', 'rate'),
    ],
  },
  consultation_conversion: {
    title: 'Consultations that became plans',
    description: 'Completed consultations in each month, and those whose client started a plan within 90 days.',
    columns: [
      column('month', 'Month', 'month'),
      column('consultations', 'Consultations', 'count'),
      column('converted', 'Became plans', 'count'),
      column('conversion_rate', 'Conversion', 'rate'),
    ],
  },
  plan_completion: {
    title: 'Plan completion',
    description: 'Plans started in each month, and how many are completed or were cancelled.',
    columns: [
      column('month', 'Month', 'month'),
      column('started', 'Started', 'count'),
      column('completed', 'Completed', 'count'),
      column('cancelled', 'Cancelled', 'count'),
      column('completion_rate', 'Completion', 'rate'),
    ],
  },
  artist_utilisation: {
    title: 'Artist utilisation',
    description: 'Booked treatment hours over working hours (less time off and closures) in the range.',
    columns: [
      column('artist_id', 'Artist id', 'text'),
      column('artist', 'Artist', 'text'),
      column('working_hours', 'Working hours', 'hours'),
      column('booked_hours', 'Booked treatment hours', 'hours'),
      column('utilisation', 'Utilisation', 'rate'),
    ],
  },
  recall_conversion: {
    title: 'Maintenance recalls that were booked',
    description: 'Maintenance recalls sent in each month, and those followed by a maintenance booking within 60 days.',
    columns: [column('month', 'Month', 'month'), column('recalls', 'Recalls sent', 'count'), column('booked', 'Booked', 'count'), column('conversion_rate', 'Conversion', 'rate')],
  },
} as const satisfies Record<string, { title: string; description: string; columns: readonly ColumnSpec[] }>;

export type BusinessReportKey = keyof typeof BUSINESS_REPORTS;
export const BUSINESS_REPORT_KEYS = Object.keys(BUSINESS_REPORTS) as BusinessReportKey[];

/** Whole months; the longest range a report covers. */
export const REPORT_RANGE_MAX_DAYS = 3 * 366;

export const businessReportParamsSchema = z.object({ report: z.enum(BUSINESS_REPORT_KEYS as [BusinessReportKey, ...BusinessReportKey[]], 'Not a report') });

export const businessReportQuerySchema = z
  .object({
    from: isoDate.meta({ description: 'First day, clinic calendar.' }),
    to: isoDate.meta({ description: 'Last day, clinic calendar, included.' }),
    artistId: z.uuid('Not a staff id').optional().meta({ description: 'Only this artist’s plans, visits and hours (reports by client or payment method ignore it where it cannot apply).' }),
    locationId: z.uuid('Not a location id').optional().meta({
      description: 'Only the visits and working hours at this location: attendance, consultation conversion and artist utilisation (money, plans and recalls are the whole clinic’s).',
    }),
  })
  .superRefine((query, ctx) => {
    if (query.from > query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before the start' });
    else if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 > REPORT_RANGE_MAX_DAYS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'At most three years' });
    }
  });

export const businessReportSchema = z
  .object({
    report: z.enum(BUSINESS_REPORT_KEYS as [BusinessReportKey, ...BusinessReportKey[]]),
    from: z.string(),
    to: z.string(),
    artistId: z.uuid().nullable(),
    locationId: z.uuid().nullable(),
    currency: z.string(),
    columns: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(COLUMN_KINDS) })),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).meta({ description: 'Keyed by column; at most 500 rows.' }),
    generatedAt: z.iso.datetime(),
    ...reportFreshnessFields,
  })
  .meta({ id: 'BusinessReport' });
export type BusinessReport = z.infer<typeof businessReportSchema>;
