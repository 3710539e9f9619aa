import type { ClinicTable } from '../backups/table-dump.js';
import { JOB_QUEUE_SCHEMA } from '../database/migrations.js';

/** Something the export leaves out, and why, in words for its README. */
export interface LeftOut {
  /** schema.table, schema.* for a whole schema, or schema.table.column. */
  name: string;
  why: string;
}

/**
 * Whole tables of secrets, or of the product's own machinery, that mean nothing
 * outside it. Everything else is exported, tables added later included.
 */
export const LEFT_OUT_TABLES: readonly LeftOut[] = [
  { name: 'public.staff_sessions', why: 'sign-in sessions and access tokens: hashes of their secrets, with when and from where (sign-ins are on the audit trail)' },
  { name: 'public.sign_in_throttles', why: 'counts of failed sign-ins, kept a short while to slow down password guessing' },
  { name: 'public.rate_limit_counts', why: 'counts of requests to the public booking and intake pages, kept a short while to limit abuse' },
  { name: 'public.idempotency_keys', why: 'answers to recent requests, kept for a day so that a request sent twice is done once' },
  { name: 'public.signing_keys', why: 'the secret keys the links in messages to clients are signed with' },
  { name: 'public.public_tokens', why: 'hashes of the secret links sent to clients (online booking, intake) and when they expire' },
  { name: 'public.calendar_feeds', why: "hashes of artists' secret calendar subscription addresses" },
  { name: 'public.caught_emails', why: "the built-in mail catcher's copies of emails, kept only while no mail server is set up; the messages are in public.client_messages" },
  { name: 'public.app_meta', why: "the installation's own notes, such as when demo data was loaded" },
  { name: `${JOB_QUEUE_SCHEMA}.*`, why: "the job queue's internals; a message waiting to be sent is a row of public.client_messages with status scheduled" },
];

/** Secret columns of exported tables. */
export const LEFT_OUT_COLUMNS: readonly LeftOut[] = [
  { name: 'public.staff.password_hash', why: "a hash of each staff member's password, which only this product can check" },
  { name: 'public.booking_requests.code_hash', why: 'a hash of the code emailed to confirm an online booking request' },
];

function isLeftOut(table: string): boolean {
  return LEFT_OUT_TABLES.some(({ name }) => (name.endsWith('.*') ? table.startsWith(name.slice(0, -1)) : table === name));
}

/** The tables the export writes, each without its left-out columns. */
export function exportedTables(tables: readonly ClinicTable[]): ClinicTable[] {
  return tables
    .filter((table) => !isLeftOut(table.name))
    .map((table) => ({ ...table, columns: table.columns.filter((column) => !LEFT_OUT_COLUMNS.some(({ name }) => name === `${table.name}.${column}`)) }));
}
