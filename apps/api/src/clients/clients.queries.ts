import { Inject, Injectable } from '@nestjs/common';
import type { PossibleDuplicate } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import { sqlPool, type Database } from '../database/database.js';
import type { ClientSummaryRow } from './client-record.js';
import { escapeLike } from './client-search.js';

export interface ClientListCriteria {
  patterns: string[];
  status: 'active' | 'archived' | 'all';
  /** The sort key and id of the last client of the previous page. */
  after: { sortKey: string; id: string } | null;
  limit: number;
}

export type ClientListRow = ClientSummaryRow & { sortKey: string };

/** How many clients in name order a search looks through before it turns to the trigram index. */
export const ORDERED_WALK_ROWS = 1_000;
const TRIGRAM_LENGTH = 3;

function where(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((condition): condition is Prisma.Sql => condition !== null);
  return present.length > 0 ? Prisma.sql`WHERE ${Prisma.join(present, ' AND ')}` : Prisma.empty;
}

/** The SQL behind client lists and duplicate checks, written for the indexes in the migrations. */
@Injectable()
export class ClientQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /**
   * One page in (surname, first name, id) order. Each search word becomes a
   * LIKE on the trigram-indexed `search_text`; the keyset cursor keeps pages
   * stable while clients are added.
   *
   * A search takes the plan that fits its words. A broad one ("example", a
   * common first name) fills a page within the first clients in name order, so
   * it walks the name index for at most ORDERED_WALK_ROWS of them. A selective
   * one ("smi" when Smiths sort late) would walk nearly everyone that way, so
   * it collects its matches through the trigram index first and sorts those.
   */
  async list(criteria: ClientListCriteria): Promise<ClientListRow[]> {
    const after = criteria.after ? Prisma.sql`(sort_key, id) > (${criteria.after.sortKey}, ${criteria.after.id}::uuid)` : null;
    const status = { active: Prisma.sql`archived_at IS NULL`, archived: Prisma.sql`archived_at IS NOT NULL`, all: null }[criteria.status];
    const matches = criteria.patterns.map((pattern) => Prisma.sql`search_text LIKE '%' || lower(immutable_unaccent(${escapeLike(pattern)})) || '%'`);
    // Words shorter than a trigram cannot use the trigram index: the name order is all there is.
    if (!criteria.patterns.some((pattern) => pattern.length >= TRIGRAM_LENGTH)) return this.page(Prisma.sql`clients`, [status, ...matches, after], criteria.limit);

    const walked = await this.page(
      Prisma.sql`(SELECT * FROM clients ${where([after])} ORDER BY sort_key, id LIMIT ${ORDERED_WALK_ROWS}) AS first_in_order`,
      [status, ...matches],
      criteria.limit,
    );
    if (walked.length === criteria.limit) return walked;
    // OFFSET 0 keeps the matches a subquery of their own, which the planner fetches whole rather than walking the name index for them.
    return this.page(Prisma.sql`(SELECT * FROM clients ${where([status, ...matches, after])} OFFSET 0) AS matching`, [], criteria.limit);
  }

  /**
   * Straight through pg rather than Prisma: a search runs on every keystroke, and
   * Prisma's handling of a raw query added about 3 ms at the median and 10 ms at the
   * 99th percentile (bench:client-search) to SQL that takes 10.
   */
  private async page(source: Prisma.Sql, conditions: (Prisma.Sql | null)[], limit: number): Promise<ClientListRow[]> {
    // The date of birth as midnight UTC, as Prisma gives a `date` (pg would give local midnight).
    const query = Prisma.sql`
      SELECT id, first_name AS "firstName", last_name AS "lastName", date_of_birth::timestamp AT TIME ZONE 'UTC' AS "dateOfBirth",
             phone, email, archived_at AS "archivedAt", sort_key AS "sortKey"
      FROM ${source}
      ${where(conditions)}
      ORDER BY sort_key, id
      LIMIT ${limit}`;
    return (await sqlPool(this.database).query<ClientListRow>(query.text, query.values)).rows;
  }

  /** Other clients, archived ones included, that share the email or phone given. */
  async findPossibleDuplicates(contact: { email: string | null; phone: string | null }, excludeId?: string): Promise<PossibleDuplicate[]> {
    if (!contact.email && !contact.phone) return [];
    const rows = await this.database.client.findMany({
      where: {
        OR: [...(contact.email ? [{ email: contact.email }] : []), ...(contact.phone ? [{ phone: contact.phone }] : [])],
        ...(excludeId ? { NOT: { id: excludeId } } : {}),
      },
      select: { id: true, firstName: true, lastName: true, email: true, phone: true, archivedAt: true },
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      take: 10,
    });
    return rows.map((row) => ({
      id: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      matchedOn: [...(contact.email && row.email === contact.email ? (['email'] as const) : []), ...(contact.phone && row.phone === contact.phone ? (['phone'] as const) : [])],
      archived: row.archivedAt !== null,
    }));
  }
}
