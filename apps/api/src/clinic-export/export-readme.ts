import { dateInZone, timeInZone, type ReportFreshness } from '@smp/contracts';
import { FILES_FOLDER, tableFile } from '../backups/manifest.js';
import { FILE_KEY_COLUMNS } from '../backups/stored-files.js';
import { LEFT_OUT_COLUMNS, LEFT_OUT_TABLES, type LeftOut } from './left-out.js';

export const README_FILE = 'README.txt';

/** What the README tells about one export. */
export interface ExportFacts {
  clinicName: string;
  timeZone: string;
  exportedAt: Date;
  /** How fresh the tables are: a replica may trail the moment of the export. */
  freshness: { dataAsOf: Date; readFrom: ReportFreshness['readFrom'] };
  tables: readonly { name: string; columns: readonly string[]; rows: number }[];
  files: number;
  /** Storage keys the rows name whose files could not be read. */
  unreadableFiles: readonly string[];
}

/** Where a table's money columns have their currency, when not in a currency column of its own. */
const CURRENCY_ELSEWHERE: Record<string, string> = {
  'public.invoice_lines': "its invoice's (public.invoices.currency, by invoice_id)",
  'public.quote_lines': "its quote's (public.quotes.currency, by quote_id)",
  'public.plan_sessions': "its treatment plan's (public.treatment_plans.currency, by plan_id)",
};
const CLINIC_CURRENCY = "the clinic's (public.clinic_settings.currency)";

/** The folder below files/ where the files a table names lie, and what they are. */
const FOLDERS: Record<(typeof FILE_KEY_COLUMNS)[number]['table'], string> = {
  client_photos: 'photos/<client id>/<photo id>/: a client photo, original.* as it was uploaded (JPEG, PNG, HEIC…), and the preview.jpg and thumbnail.jpg made from it',
  screening_clearances: "clearances/<screening id>/: doctors' letters clearing an item of a screening, PDF or image (document_name is the name it was uploaded with)",
  plan_clearances: "plan-clearances/<treatment plan id>/: doctors' letters clearing a treatment plan, likewise",
};

const heading = (title: string) => `${title}\n${'-'.repeat(title.length)}`;
const indented = (lines: readonly string[]) => lines.map((line) => `  ${line}`).join('\n');
const explained = (items: readonly LeftOut[]) => indented(items.map(({ name, why }) => `${name}: ${why}`));

function moneyColumns(tables: ExportFacts['tables']): string[] {
  return tables.flatMap(({ name, columns }) => {
    const money = columns.filter((column) => column.endsWith('_minor'));
    if (money.length === 0) return [];
    const currency = columns.includes('currency') ? 'its currency column' : (CURRENCY_ELSEWHERE[name] ?? CLINIC_CURRENCY);
    return [`${name}: ${money.join(', ')}; currency: ${currency}`];
  });
}

/** Which copy of the database the tables were read from, and every change they hold. */
function freshnessLine({ dataAsOf, readFrom }: ExportFacts['freshness'], timeZone: string): string {
  const when = `${dateInZone(dataAsOf, timeZone)} at ${timeInZone(dataAsOf, timeZone)} (${dataAsOf.toISOString()} in UTC)`;
  return `The tables hold every change made up to ${when}, read from the ${readFrom === 'replica' ? "database's replica" : 'database'}.`;
}

/**
 * The archive's README.txt: when it was made, what each table and folder holds and
 * how to read them, and what was left out and why.
 */
export function exportReadme(facts: ExportFacts): string {
  const { clinicName, timeZone, exportedAt, tables } = facts;
  const width = Math.max(...tables.map(({ name }) => tableFile(name).length));
  const unreadable = facts.unreadableFiles.length
    ? ['', `These ${facts.unreadableFiles.length} files, which the tables name, could not be read from the clinic's storage and are not in this archive:`, indented(facts.unreadableFiles)]
    : [];
  return [
    `All the data of ${clinicName}`,
    '',
    `Exported on ${dateInZone(exportedAt, timeZone)} at ${timeInZone(exportedAt, timeZone)} (${timeZone}), that is ${exportedAt.toISOString()} in UTC.`,
    freshnessLine(facts.freshness, timeZone),
    '',
    "Every table of the clinic's data as a CSV file, and every photo and document",
    "those tables refer to. It holds every client's health records: keep it as safe",
    "as the clinic's own computers.",
    '',
    heading('Tables: tables/'),
    '',
    'One CSV file per table, tables/<schema>.<table>.csv (public is the database schema).',
    '',
    '- CSV as RFC 4180 has it: fields separated by commas; a field holding a comma, a',
    '  quote or a line break is in quotes, with a quote inside written twice; records',
    '  end with CRLF. UTF-8, without a byte order mark.',
    '- The first line names the columns.',
    '- An empty field without quotes is no value (NULL); "" is an empty text.',
    '- Instants (created_at, starts_at and the like) are UTC, in ISO 8601:',
    `  2026-03-05T14:30:00.000000Z. Calendar dates (YYYY-MM-DD) and times of day`,
    `  (HH:MM:SS) are on the clinic's clock, ${timeZone}.`,
    '- Money is in integer minor units of its currency (12345 in USD is 123.45):',
    indented(moneyColumns(tables).map((line) => `  ${line}`)),
    '- Yes or no is t or f. Lists are in PostgreSQL\'s form, {one,two,"three four"}.',
    '  Answers and other structured values (jsonb columns) are JSON. Drawn signatures',
    '  (signature_png) are PNG images written in hexadecimal after \\x.',
    '- Rows name each other by id: client_id is the id of a row of public.clients;',
    '  artist_id, staff_id and columns ending _by name rows of public.staff.',
    '- Values are as they were stored. A spreadsheet may take one that starts with =,',
    '  +, - or @ for a formula: open the files as data (such as Data > From Text/CSV).',
    '',
    'Rows in each table:',
    '',
    indented(tables.map(({ name, rows }) => `${tableFile(name).padEnd(width)}  ${rows}`)),
    '',
    heading(`Files: ${FILES_FOLDER}/`),
    '',
    `${facts.files} files. Each lies below ${FILES_FOLDER}/ at the path a row names: the value of`,
    `one of these columns is the file's path below ${FILES_FOLDER}/ (photos/…/original.jpg is`,
    `${FILES_FOLDER}/photos/…/original.jpg):`,
    '',
    indented(FILE_KEY_COLUMNS.map(({ table, columns }) => `public.${table}: ${columns.join(', ')}`)),
    '',
    'The folders:',
    '',
    indented(Object.values(FOLDERS).map((folder) => `${FILES_FOLDER}/${folder}`)),
    ...unreadable,
    '',
    heading('Left out'),
    '',
    "Secrets, and the product's own machinery, which mean nothing outside it.",
    '',
    'Tables:',
    explained(LEFT_OUT_TABLES),
    '',
    'Columns:',
    explained(LEFT_OUT_COLUMNS),
    '',
  ].join('\n');
}
