import { Inject, Injectable } from '@nestjs/common';
import {
  clientInputSchema,
  problemTypes,
  type Client,
  type ClientInputParsed,
  type ClientSummary,
  type Page,
  type PossibleDuplicate,
  type clientListQuerySchema,
  type clientPatchSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { issuesToFieldErrors, notFoundProblem, ProblemException, validationProblem } from '../http/problem.js';
import { toClient, toClientColumns, toClientInput, toClientSummary, type ClientRow } from './client-record.js';
import { searchPatterns } from './client-search.js';
import { assertNotArchived } from '../shared/client-checks.js';
import { isValueAndIdPosition, positionAfter, toPage } from '../http/keyset-cursor.js';
import { ClientQueries } from './clients.queries.js';
import type { Actor } from '../audit/actor.js';
import { AuditService, changedFields } from '../audit/audit.service.js';
import { ScreeningStandingQueries } from '../screening/screening-standing.queries.js';

type ClientListQuery = z.output<typeof clientListQuerySchema>;
type ClientPatch = z.output<typeof clientPatchSchema>;

function possibleDuplicateProblem(duplicates: PossibleDuplicate[]): ProblemException {
  const fields = [...new Set(duplicates.flatMap((duplicate) => duplicate.matchedOn))].join(' and ');
  return new ProblemException({
    type: problemTypes.possibleDuplicate,
    title: 'Possible duplicate client',
    status: 409,
    detail: `Another client has the same ${fields}. Open the existing record, or save again with confirmDuplicate=true if this is a different person.`,
    duplicates,
  });
}

function clientEntity(id: string) {
  return { entityType: 'client', entityId: id, clientId: id };
}

@Injectable()
export class ClientsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly queries: ClientQueries,
    private readonly audit: AuditService,
    private readonly screenings: ScreeningStandingQueries,
  ) {}

  async create(input: ClientInputParsed, confirmDuplicate: boolean, actor: Actor): Promise<Client> {
    const columns = toClientColumns(input);
    if (!confirmDuplicate) {
      const duplicates = await this.queries.findPossibleDuplicates({ email: columns.email ?? null, phone: columns.phone ?? null });
      if (duplicates.length > 0) throw possibleDuplicateProblem(duplicates);
    }
    const row = await this.database.$transaction(async (transaction) => {
      const created = await transaction.client.create({ data: columns });
      await this.audit.record(transaction, actor, {
        action: 'client.create',
        ...clientEntity(created.id),
        changedFields: Object.keys(columns).filter((field) => columns[field as keyof typeof columns] !== null),
      });
      return created;
    });
    return this.withScreening(row);
  }

  /** A client's record as staff open it: every such read is on the audit trail, once per page view. */
  async read(id: string, actor: Actor, view: string | undefined): Promise<Client> {
    const client = await this.get(id);
    await this.audit.recordClientRead(actor, id, view);
    return client;
  }

  async get(id: string): Promise<Client> {
    const row = await this.database.client.findUnique({ where: { id } });
    if (!row) throw notFoundProblem('The client');
    return this.withScreening(row);
  }

  /**
   * Applies the fields present in the patch. The merged record is checked as a
   * whole, because rules such as "reachable by the preferred channel" span fields;
   * the row stays locked from reading to writing, so concurrent edits queue.
   */
  async update(id: string, patch: ClientPatch, confirmDuplicate: boolean, actor: Actor): Promise<Client> {
    const row = await this.database.$transaction(async (transaction) => {
      const [current] = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM clients WHERE id = ${id}::uuid FOR UPDATE`;
      if (!current) throw notFoundProblem('The client');
      const stored = await transaction.client.findUniqueOrThrow({ where: { id } });
      assertNotArchived(stored, 'changing their record');
      const base = toClientInput(stored);
      const merged = clientInputSchema.safeParse({
        ...base,
        ...patch,
        address: patch.address === null ? null : { ...base.address, ...patch.address },
      });
      if (!merged.success) throw validationProblem(issuesToFieldErrors(merged.error.issues));

      const columns = toClientColumns(merged.data);
      const contactChanged = columns.email !== stored.email || columns.phone !== stored.phone;
      if (contactChanged && !confirmDuplicate) {
        const duplicates = await this.queries.findPossibleDuplicates(
          {
            email: columns.email !== stored.email ? (columns.email ?? null) : null,
            phone: columns.phone !== stored.phone ? (columns.phone ?? null) : null,
          },
          id,
        );
        if (duplicates.length > 0) throw possibleDuplicateProblem(duplicates);
      }
      const updated = await transaction.client.update({ where: { id }, data: columns });
      await this.audit.record(transaction, actor, {
        action: 'client.update',
        ...clientEntity(id),
        changedFields: changedFields(toClientColumns(base), columns),
      });
      return updated;
    });
    return this.withScreening(row);
  }

  /** Archiving hides a client from lists; their record is kept, as health records must be. */
  async archive(id: string, actor: Actor): Promise<Client> {
    return this.setArchived(id, true, actor);
  }

  async restore(id: string, actor: Actor): Promise<Client> {
    return this.setArchived(id, false, actor);
  }

  /** Nothing to change still answers with the record, so that answer is audited as a read. */
  private async setArchived(id: string, archived: boolean, actor: Actor): Promise<Client> {
    const row = await this.database.$transaction(async (transaction) => {
      const [current] = await transaction.$queryRaw<{ archived: boolean }[]>`
        SELECT archived_at IS NOT NULL AS archived FROM clients WHERE id = ${id}::uuid FOR UPDATE`;
      if (!current) throw notFoundProblem('The client');
      if (current.archived === archived) {
        await this.audit.record(transaction, actor, { action: 'client.read', ...clientEntity(id) });
        return transaction.client.findUniqueOrThrow({ where: { id } });
      }
      const changed = await transaction.client.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
      await this.audit.record(transaction, actor, {
        action: archived ? 'client.archive' : 'client.restore',
        ...clientEntity(id),
        changedFields: ['archivedAt'],
      });
      return changed;
    });
    return this.withScreening(row);
  }

  /**
   * Lists and searches are not audited one client at a time: they show names and
   * contact details, never clinical records, and a search-as-you-type would flood the trail.
   */
  async list(query: ClientListQuery): Promise<Page<ClientSummary>> {
    const after = positionAfter(query.cursor, 2, isValueAndIdPosition);
    const rows = await this.queries.list({
      patterns: searchPatterns(query.q),
      status: query.status,
      after: after ? { sortKey: after[0]!, id: after[1]! } : null,
      limit: query.limit + 1,
    });
    const statuses = await this.screenings.statuses(rows.slice(0, query.limit).map((row) => row.id));
    return toPage(
      rows,
      query.limit,
      (row) => toClientSummary(row, statuses.get(row.id)!),
      (row) => [row.sortKey, row.id],
    );
  }

  private async withScreening(row: ClientRow): Promise<Client> {
    const statuses = await this.screenings.statuses([row.id]);
    return toClient(row, statuses.get(row.id)!);
  }
}
