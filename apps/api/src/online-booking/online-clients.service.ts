import { Inject, Injectable } from '@nestjs/common';
import { instantIso, type OnlineClient } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { notFoundProblem } from '../http/problem.js';

const SELECTED = { id: true, firstName: true, lastName: true, email: true, phone: true, onlineUnconfirmedSince: true } as const;

function toOnlineClient(row: { id: string; firstName: string; lastName: string; email: string | null; phone: string | null; onlineUnconfirmedSince: Date | null }): OnlineClient {
  const { onlineUnconfirmedSince, ...client } = row;
  return { ...client, onlineSince: instantIso(onlineUnconfirmedSince!.getTime()) };
}

/**
 * Clients that online bookings created (no client had the verified email), for
 * reception to check and confirm. Merging one into an existing client is not here:
 * reception archives the duplicate by hand.
 */
@Injectable()
export class OnlineClientsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<{ items: OnlineClient[] }> {
    const rows = await this.database.client.findMany({
      where: { onlineUnconfirmedSince: { not: null }, archivedAt: null },
      select: SELECTED,
      orderBy: [{ onlineUnconfirmedSince: 'asc' }, { id: 'asc' }],
      take: 200,
    });
    return { items: rows.map(toOnlineClient) };
  }

  /** Reception has checked the client's details: they are a client like any other. */
  async confirm(clientId: string, actor: Actor): Promise<OnlineClient> {
    return this.database.$transaction(async (transaction) => {
      const [row] = await transaction.$queryRaw<{ id: string; onlineUnconfirmedSince: Date }[]>`
        SELECT id, online_unconfirmed_since AS "onlineUnconfirmedSince" FROM clients
         WHERE id = ${clientId}::uuid AND online_unconfirmed_since IS NOT NULL AND archived_at IS NULL FOR UPDATE`;
      if (!row) throw notFoundProblem('An unconfirmed online client');
      const confirmed = await transaction.client.update({ where: { id: clientId }, data: { onlineUnconfirmedSince: null }, select: SELECTED });
      await this.audit.record(transaction, actor, {
        action: 'client.online_confirm',
        clientId,
        entityType: 'client',
        entityId: clientId,
        changedFields: ['onlineUnconfirmedSince'],
      });
      return toOnlineClient({ ...confirmed, onlineUnconfirmedSince: row.onlineUnconfirmedSince });
    });
  }
}
