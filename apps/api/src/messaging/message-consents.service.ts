import { Inject, Injectable } from '@nestjs/common';
import { MESSAGE_PURPOSES, consentAllows, type MessageConsent, type MessagePreferences, type messageConsentInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { notFoundProblem } from '../http/problem.js';
import { assertNotArchived, existingClient } from '../shared/client-checks.js';

type ConsentInput = z.output<typeof messageConsentInputSchema>;

/** A client's answers about being messaged, as given over time: the latest of a purpose decides. */
@Injectable()
export class MessageConsentsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async preferences(clientId: string, actor: Actor, view: string | undefined): Promise<MessagePreferences> {
    const preferences = await this.load(clientId);
    await this.audit.recordClientRead(actor, clientId, view, { part: 'message_preferences' });
    return preferences;
  }

  async record(clientId: string, input: ConsentInput, actor: Actor): Promise<MessagePreferences> {
    assertNotArchived(await existingClient(this.database, clientId), 'recording their consent');
    await this.database.$transaction(async (transaction) => {
      const consent = await transaction.clientMessageConsent.create({
        data: { clientId, purpose: input.purpose, granted: input.granted, method: input.method, note: input.note ?? null, recordedById: actor.staffId! },
      });
      await this.audit.record(transaction, actor, {
        action: 'message_consent.record',
        clientId,
        entityType: 'client_message_consent',
        entityId: consent.id,
        details: { purpose: input.purpose, granted: input.granted },
      });
    });
    return this.load(clientId);
  }

  private async load(clientId: string): Promise<MessagePreferences> {
    const [client, rows] = await Promise.all([
      this.database.client.findUnique({ where: { id: clientId }, select: { preferredContact: true } }),
      this.database.clientMessageConsent.findMany({ where: { clientId }, orderBy: [{ recordedAt: 'desc' }, { id: 'asc' }] }),
    ]);
    if (!client) throw notFoundProblem('The client');
    const staffIds = [...new Set(rows.flatMap((row) => (row.recordedById ? [row.recordedById] : [])))];
    const staff = new Map((await this.database.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, name: true } })).map((member) => [member.id, member]));
    const history: MessageConsent[] = rows.map((row) => ({
      id: row.id,
      purpose: row.purpose as MessageConsent['purpose'],
      granted: row.granted,
      method: row.method as MessageConsent['method'],
      note: row.note,
      recordedBy: row.recordedById ? (staff.get(row.recordedById) ?? null) : null,
      recordedAt: row.recordedAt.toISOString(),
    }));
    const current = (purpose: MessageConsent['purpose']) => {
      const latest = history.find((consent) => consent.purpose === purpose) ?? null;
      return { allowed: consentAllows(purpose, latest), latest };
    };
    const [care, marketing] = MESSAGE_PURPOSES.map(current) as [ReturnType<typeof current>, ReturnType<typeof current>];
    return { preferredContact: client.preferredContact as MessagePreferences['preferredContact'], care, marketing, history };
  }
}
