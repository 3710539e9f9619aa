import { Inject, Injectable } from '@nestjs/common';
import type { AuditAction, AuditEvent, auditListQuerySchema, Page } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { positionAfter, toPage } from '../http/keyset-cursor.js';
import type { Actor } from './actor.js';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  /** Set whenever the event concerns a client, so their trail can be listed. */
  clientId?: string;
  /** Names only: values, medical answers above all, stay out of the trail. */
  changedFields?: string[];
  details?: Record<string, Prisma.InputJsonValue>;
}

/** Anything that can write audit events: the client itself or a transaction of it. */
export type AuditWriter = Pick<Database, 'auditEvent'>;

type AuditQuery = z.output<typeof auditListQuerySchema>;

/** How long reads naming the same page view count as one opening of the record. */
export const VIEW_READ_WINDOW_MINUTES = 30;

/** Event ids are PostgreSQL bigints. */
const MAX_EVENT_ID = 2n ** 63n - 1n;

@Injectable()
export class AuditService {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /** Records one event; pass the transaction of the change it describes, so both land or neither. */
  async record(writer: AuditWriter, actor: Actor, entry: AuditEntry): Promise<void> {
    await writer.auditEvent.create({ data: eventRow(actor, entry) });
  }

  /**
   * A read of a client's record. Reads naming the same page view within
   * VIEW_READ_WINDOW_MINUTES are one event, unless a later one reads more (the
   * history): that is a second event, saying so. A page left open overnight is a
   * new read the next morning.
   */
  async recordClientRead(actor: Actor, clientId: string, view: string | undefined, details: Record<string, Prisma.InputJsonValue> = {}): Promise<void> {
    const entry = { action: 'client.read' as const, clientId, entityType: 'client', entityId: clientId, details: view ? { ...details, view } : details };
    if (!view) return this.record(this.database, actor, entry);
    await this.recordOnce(actor, entry, new Date(Date.now() - VIEW_READ_WINDOW_MINUTES * 60_000));
  }

  /**
   * Records a read unless the same person already has an event of its action about
   * its client whose details include all of these, since `since` when given. Under
   * a lock per person, client and action, so reads at the same moment land once.
   */
  async recordOnce(actor: Actor, entry: AuditEntry & { clientId: string }, since = new Date(0)): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`audit:${entry.action}:${actor.staffId ?? 'nobody'}:${entry.clientId}`}, 0))`;
      const [earlier] = await transaction.$queryRaw<{ id: bigint }[]>`
        SELECT id FROM audit_events
        WHERE action = ${entry.action} AND actor_id = ${actor.staffId}::uuid AND client_id = ${entry.clientId}::uuid
          AND details @> ${JSON.stringify(entry.details ?? {})}::jsonb AND occurred_at >= ${since}
        LIMIT 1`;
      if (!earlier) await this.record(transaction, actor, entry);
    });
  }

  /** Newest first; the cursor is the id of the last event of the previous page. */
  async list(query: AuditQuery): Promise<Page<AuditEvent>> {
    const before = positionAfter(query.cursor, 1, ([id]) => /^\d{1,19}$/.test(id ?? '') && BigInt(id!) <= MAX_EVENT_ID);
    const rows = await this.database.auditEvent.findMany({
      where: {
        ...(before ? { id: { lt: BigInt(before[0]!) } } : {}),
        ...(query.staffId ? { actorId: query.staffId } : {}),
        ...(query.clientId ? { clientId: query.clientId } : {}),
        ...(query.action ? { action: query.action } : {}),
        ...(query.from || query.to ? { occurredAt: { ...(query.from ? { gte: new Date(query.from) } : {}), ...(query.to ? { lt: new Date(query.to) } : {}) } } : {}),
      },
      include: {
        actor: { select: { id: true, name: true } },
        client: { select: { id: true, firstName: true, lastName: true } },
      },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    return toPage(
      rows,
      query.limit,
      (row): AuditEvent => ({
        id: row.id.toString(),
        occurredAt: row.occurredAt.toISOString(),
        action: row.action as AuditAction,
        actor: row.actor,
        entityType: row.entityType,
        entityId: row.entityId,
        client: row.client ? { id: row.client.id, name: `${row.client.firstName} ${row.client.lastName}` } : null,
        address: row.address,
        requestId: row.requestId,
        changedFields: row.changedFields,
        details: row.details as Record<string, unknown>,
      }),
      (row) => [row.id.toString()],
    );
  }
}

function eventRow(actor: Actor, entry: AuditEntry) {
  return {
    action: entry.action,
    actorId: actor.staffId,
    address: actor.address,
    requestId: actor.requestId,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    clientId: entry.clientId ?? null,
    changedFields: entry.changedFields ?? [],
    details: entry.details ?? {},
  };
}

/** The names of the fields whose values differ between two versions of a record. */
export function changedFields<Record extends object>(before: Record, after: Record): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key as keyof Record]) !== JSON.stringify(after[key as keyof Record]));
}
