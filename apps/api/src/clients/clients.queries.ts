import { Inject, Injectable } from '@nestjs/common';
import type { PossibleDuplicate } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
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

/** The SQL behind client lists and duplicate checks, written for the indexes in the migrations. */
@Injectable()
export class ClientQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /**
   * One page in (surname, first name, id) order. Each search word becomes a
   * LIKE on the trigram-indexed `search_text`; the keyset cursor keeps pages
   * stable while clients are added.
   */
  async list(criteria: ClientListCriteria): Promise<ClientListRow[]> {
    const conditions: Prisma.Sql[] = [];
    if (criteria.status === 'active') conditions.push(Prisma.sql`archived_at IS NULL`);
    if (criteria.status === 'archived') conditions.push(Prisma.sql`archived_at IS NOT NULL`);
    for (const pattern of criteria.patterns) {
      conditions.push(Prisma.sql`search_text LIKE '%' || lower(immutable_unaccent(${escapeLike(pattern)})) || '%'`);
    }
    if (criteria.after) {
      conditions.push(Prisma.sql`(sort_key, id) > (${criteria.after.sortKey}, ${criteria.after.id}::uuid)`);
    }
    const where = conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    return this.database.$queryRaw<ClientListRow[]>`
      SELECT id, first_name AS "firstName", last_name AS "lastName", date_of_birth AS "dateOfBirth",
             phone, email, archived_at AS "archivedAt", sort_key AS "sortKey"
      FROM clients
      ${where}
      ORDER BY sort_key, id
      LIMIT ${criteria.limit}`;
  }

  /** Other clients, archived ones included, that share the email or phone given. */
  async findPossibleDuplicates(
    contact: { email: string | null; phone: string | null },
    excludeId?: string,
  ): Promise<PossibleDuplicate[]> {
    if (!contact.email && !contact.phone) return [];
    const rows = await this.database.client.findMany({
      where: {
        OR: [
          ...(contact.email ? [{ email: contact.email }] : []),
          ...(contact.phone ? [{ phone: contact.phone }] : []),
        ],
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
      matchedOn: [
        ...(contact.email && row.email === contact.email ? (['email'] as const) : []),
        ...(contact.phone && row.phone === contact.phone ? (['phone'] as const) : []),
      ],
      archived: row.archivedAt !== null,
    }));
  }
}
