import { Inject, Injectable } from '@nestjs/common';
import type { ClientMessage, MessageDeliveryInfo, MessageKind, MessageStatus, Page } from '@smp/contracts';
import { Prisma } from '../generated/prisma/client.js';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { Database } from '../database/database.js';
import { isValueAndIdPosition, positionAfter, toPage } from '../http/keyset-cursor.js';
import { conflictProblem, notFoundProblem } from '../http/problem.js';
import { existingClient } from '../shared/client-checks.js';
import { TEXT_MESSAGE_PROVIDER, type TextMessageProvider } from './channels.js';
import type { MailCatcher } from './mail/embedded-mail-catcher.js';
import { MAIL_CATCHER } from './mail/mail-catcher.provider.js';

interface MessageRow {
  id: string;
  client_id: string;
  client_name: string;
  appointment_id: string | null;
  kind: ClientMessage['kind'];
  purpose: ClientMessage['purpose'];
  status: ClientMessage['status'];
  channel: ClientMessage['channel'];
  recipient: string | null;
  subject: string | null;
  send_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  withdrawn_reason: string | null;
}

function toMessage(row: MessageRow): ClientMessage {
  return {
    id: row.id,
    client: { id: row.client_id, name: row.client_name },
    appointmentId: row.appointment_id,
    kind: row.kind,
    purpose: row.purpose,
    status: row.status,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    sendAt: row.send_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    attempts: row.attempts,
    lastError: row.last_error,
    withdrawnReason: row.withdrawn_reason,
  };
}

interface MessageFilter {
  status?: MessageStatus | undefined;
  kind?: MessageKind | undefined;
  clientId?: string | undefined;
  /** Leave out messages withdrawn before they went. */
  withoutWithdrawn?: boolean;
}

/** The outbox as owners and client pages read it, newest send time first. */
@Injectable()
export class MessagesService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    @Inject(MAIL_CATCHER) private readonly catcher: MailCatcher | null,
    @Inject(TEXT_MESSAGE_PROVIDER) private readonly sms: TextMessageProvider | null,
  ) {}

  list(query: MessageFilter & { cursor?: string | undefined; limit: number }): Promise<Page<ClientMessage>> {
    return this.page(query, query);
  }

  /** A client's messages, sent and to come: reading them is reading the client's record. */
  async forClient(clientId: string, query: { cursor?: string | undefined; limit: number; view?: string | undefined }, actor: Actor): Promise<Page<ClientMessage>> {
    await existingClient(this.database, clientId);
    const page = await this.page({ clientId, withoutWithdrawn: true }, query);
    await this.audit.recordClientRead(actor, clientId, query.view, { messages: true });
    return page;
  }

  /** A failed message goes back to the queue now; the outbox's trigger gives it a new delivery job. */
  async retry(messageId: string, actor: Actor): Promise<ClientMessage> {
    return this.database.$transaction(async (transaction) => {
      const [current] = await transaction.$queryRaw<{ status: string; client_id: string }[]>`
        SELECT status, client_id FROM client_messages WHERE id = ${messageId}::uuid FOR UPDATE`;
      if (!current) throw notFoundProblem('The message');
      if (current.status !== 'failed') throw conflictProblem('Not a failed message', `Only a failed message can be retried; this one is ${current.status}`);
      await transaction.$executeRaw`UPDATE client_messages SET status = 'scheduled', send_at = now() WHERE id = ${messageId}::uuid`;
      await this.audit.record(transaction, actor, { action: 'message.retry', clientId: current.client_id, entityType: 'client_message', entityId: messageId });
      const [row] = await transaction.$queryRaw<MessageRow[]>`${MESSAGE_COLUMNS} WHERE m.id = ${messageId}::uuid`;
      return toMessage(row!);
    });
  }

  delivery(): MessageDeliveryInfo {
    return {
      email: this.catcher ? { via: 'mail_catcher', catcherPort: this.catcher.port } : { via: 'smtp', catcherPort: null },
      sms: { provider: this.sms?.name ?? null },
    };
  }

  private async page(filter: MessageFilter, query: { cursor?: string | undefined; limit: number }): Promise<Page<ClientMessage>> {
    const after = positionAfter(query.cursor, 2, (position) => isValueAndIdPosition(position) && !Number.isNaN(Date.parse(position[0]!)));
    const conditions = [
      filter.status ? Prisma.sql`m.status = ${filter.status}` : null,
      filter.kind ? Prisma.sql`m.kind = ${filter.kind}` : null,
      filter.clientId ? Prisma.sql`m.client_id = ${filter.clientId}::uuid` : null,
      filter.withoutWithdrawn ? Prisma.sql`m.status <> 'withdrawn'` : null,
      after ? Prisma.sql`(m.send_at, m.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : null,
    ].filter((condition) => condition !== null);
    const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    const rows = await this.database.$queryRaw<MessageRow[]>`${MESSAGE_COLUMNS} ${where} ORDER BY m.send_at DESC, m.id DESC LIMIT ${query.limit + 1}`;
    return toPage(rows, query.limit, toMessage, (row) => [row.send_at.toISOString(), row.id]);
  }
}

const MESSAGE_COLUMNS = Prisma.sql`
  SELECT m.id, m.client_id, c.first_name || ' ' || c.last_name AS client_name, m.appointment_id, m.kind, m.purpose, m.status,
         m.channel, m.recipient, m.subject, m.send_at, m.sent_at, m.attempts, m.last_error, m.withdrawn_reason
  FROM client_messages m JOIN clients c ON c.id = m.client_id`;
