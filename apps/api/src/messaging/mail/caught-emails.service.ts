import { Inject, Injectable } from '@nestjs/common';
import type { CaughtEmail, CaughtEmailSummary, Page } from '@smp/contracts';
import { simpleParser, type AddressObject } from 'mailparser';
import type { Actor } from '../../audit/actor.js';
import { AuditService } from '../../audit/audit.service.js';
import type { Database } from '../../database/database.js';
import { PrismaClient } from '../../generated/prisma/client.js';
import { isValueAndIdPosition, positionAfter, toPage } from '../../http/keyset-cursor.js';
import { notFoundProblem } from '../../http/problem.js';
import type { MailCatcher } from './embedded-mail-catcher.js';
import { MAIL_CATCHER } from './mail-catcher.provider.js';

interface SummaryRow {
  id: string;
  received_at: Date;
  envelope_from: string | null;
  envelope_to: string[];
  subject: string | null;
  message_id: string | null;
}

function toSummary(row: SummaryRow): CaughtEmailSummary {
  return { id: row.id, receivedAt: row.received_at.toISOString(), from: row.envelope_from, to: row.envelope_to, subject: row.subject, messageId: row.message_id };
}

const addressText = (address: AddressObject | AddressObject[] | undefined) => (Array.isArray(address) ? address.map((one) => one.text).join(', ') : address?.text);

/** The mail catcher's inbox, for owners: only while the catcher runs, as nothing else fills it. */
@Injectable()
export class CaughtEmailsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(MAIL_CATCHER) private readonly catcher: MailCatcher | null,
    private readonly audit: AuditService,
  ) {}

  private assertCatching(): void {
    if (!this.catcher) throw notFoundProblem('The mail catcher (email goes through SMTP_URL, so none is caught)');
  }

  /** Newest first. */
  async list(query: { cursor?: string | undefined; limit: number }): Promise<Page<CaughtEmailSummary>> {
    this.assertCatching();
    const after = positionAfter(query.cursor, 2, (position) => isValueAndIdPosition(position) && !Number.isNaN(Date.parse(position[0]!)));
    const rows = await this.database.$queryRaw<SummaryRow[]>`
      SELECT id, received_at, envelope_from, envelope_to, subject, message_id FROM caught_emails
      WHERE ${after === null} OR (received_at, id) < (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid)
      ORDER BY received_at DESC, id DESC LIMIT ${query.limit + 1}`;
    return toPage(rows, query.limit, toSummary, (row) => [row.received_at.toISOString(), row.id]);
  }

  /** An email to a client (its Message-ID names our message) says what the clinic told them: reading it is a read of their record. */
  async get(id: string, actor: Actor): Promise<CaughtEmail> {
    this.assertCatching();
    const [row] = await this.database.$queryRaw<(SummaryRow & { raw: Uint8Array; client_id: string | null })[]>`
      SELECT caught.id, caught.received_at, caught.envelope_from, caught.envelope_to, caught.subject, caught.message_id, caught.raw, message.client_id
        FROM caught_emails caught
        LEFT JOIN client_messages message ON message.id::text = substring(caught.message_id FROM '^<([0-9a-f-]{36})@')
       WHERE caught.id = ${id}::uuid`;
    if (!row) throw notFoundProblem('The caught email');
    if (row.client_id) await this.audit.recordClientRead(actor, row.client_id, undefined, { part: 'caught_email' });
    const parsed = await simpleParser(Buffer.from(row.raw));
    return {
      ...toSummary(row),
      from: addressText(parsed.from) ?? row.envelope_from,
      to: addressText(parsed.to)?.split(', ') ?? row.envelope_to,
      date: parsed.date?.toISOString() ?? null,
      text: parsed.text ?? null,
      html: typeof parsed.html === 'string' ? parsed.html : null,
      attachments: parsed.attachments.map((attachment) => ({
        filename: attachment.filename ?? null,
        contentType: attachment.contentType,
        size: attachment.size,
        text: attachment.contentType === 'text/calendar' ? attachment.content.toString('utf8') : null,
      })),
    };
  }
}
