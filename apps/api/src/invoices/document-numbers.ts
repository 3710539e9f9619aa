import type { Database } from '../database/database.js';

export type DocumentKind = 'invoice' | 'credit_note';

const PREFIXES: Record<DocumentKind, string> = { invoice: 'INV', credit_note: 'CN' };

/** INV-2026-0001, CN-2026-0001: four digits at least, more after 9999. */
export function documentNumber(kind: DocumentKind, year: number, sequence: number): string {
  return `${PREFIXES[kind]}-${year}-${String(sequence).padStart(4, '0')}`;
}

/**
 * The next number of `kind` in `year`, taken inside the transaction that writes the
 * document (see migration 0021): the counter's row stays locked until it commits, so
 * concurrent issuers take turns, and a rolled-back issue gives its number back.
 * Take it last, just before writing, to hold the lock for as short a time as can be.
 */
export async function nextDocumentNumber(transaction: Pick<Database, '$queryRaw'>, kind: DocumentKind, year: number): Promise<{ year: number; sequence: number; number: string }> {
  const [counter] = await transaction.$queryRaw<{ last_number: number }[]>`
    INSERT INTO document_number_counters (kind, year, last_number) VALUES (${kind}, ${year}, 1)
    ON CONFLICT (kind, year) DO UPDATE SET last_number = document_number_counters.last_number + 1
    RETURNING last_number`;
  const sequence = counter!.last_number;
  return { year, sequence, number: documentNumber(kind, year, sequence) };
}
