import { setTimeout } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HOLDING_STATUSES, type MessageChannel, type MessageKind, type MessagePurpose, type MessageStatus } from '@smp/contracts';
import type { Job } from 'graphile-worker';
import { z } from 'zod';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { sqlPool, type Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { EMAIL_TRANSPORT, TEXT_MESSAGE_PROVIDER, type EmailTransport, type TextMessageProvider } from './channels.js';
import { chooseChannel, reasonToWithdraw, reasonTooLongToRecord } from './delivery-rules.js';
import { MESSAGE_COMPOSER, type ComposedMessage, type MessageComposer } from './message-composer.js';

/** The job queue's task that delivers one `client_messages` row (its trigger adds the job). */
export const DELIVER_CLIENT_MESSAGE_TASK = 'deliver_client_message';

const payloadSchema = z.object({ messageId: z.uuid() });

/** What of graphile-worker's helpers delivery reads: which attempt this is. */
export interface DeliveryHelpers {
  job: Pick<Job, 'attempts' | 'max_attempts'>;
}

/** What became of one delivery. */
export type DeliveryOutcome = 'sent' | 'withdrawn' | 'failed' | 'nothing to do' | 'not yet due' | 'being sent by another worker';

interface ClaimedRow {
  kind: MessageKind;
  purpose: MessagePurpose;
  status: MessageStatus;
  /** Set once the content is on record, just before it goes. */
  channel: MessageChannel | null;
  appointment_starts_at: Date | null;
  due: boolean;
  client_archived: boolean;
  email: string | null;
  phone: string | null;
  preferred_contact: string | null;
  appointment_status: string | null;
  starts_at: Date | null;
  consent: boolean | null;
  nudge_answered: 'plan ended' | 'booked' | null;
}

type Claim = { outcome: DeliveryOutcome } | { channel: MessageChannel; recipient: string };

const LAST_ERROR_MAX = 2000;
const errorReason = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, LAST_ERROR_MAX) || 'Unknown error';
const RECORD_SENT_TRIES = 4;
const RECORD_SENT_PAUSE_MS = 250;
const SMS_OUTCOME_UNKNOWN = 'The outcome is unknown after an interruption while sending this text; check with the client before retrying';

/**
 * Sends a scheduled message once, by the channel the client can be reached by, or
 * withdraws it when it is no longer due. A lock on the message keeps a
 * second worker (another instance, a duplicate job) from sending it at the same
 * time; the row's status keeps it from going twice in sequence. A row left
 * `sending` by a crash is sent again with the same Message-ID if it is an email,
 * so mail systems see one message; a text, which has no such id, is parked as
 * failed for a person to check.
 */
@Injectable()
export class MessageDelivery {
  private readonly messageIdHost: string;
  private readonly logger = new Logger(MessageDelivery.name);

  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    @Inject(EMAIL_TRANSPORT) private readonly email: EmailTransport,
    @Inject(TEXT_MESSAGE_PROVIDER) private readonly sms: TextMessageProvider | null,
    @Inject(MESSAGE_COMPOSER) private readonly composer: MessageComposer,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'publicUrl'>,
  ) {
    this.messageIdHost = new URL(config.publicUrl).hostname;
  }

  /** The task handler, for graphile-worker's task list. Throws to have the queue retry with its back-off. */
  readonly deliverClientMessage = async (payload: unknown, helpers: DeliveryHelpers): Promise<void> => {
    const { messageId } = payloadSchema.parse(payload);
    try {
      await this.deliver(messageId, helpers);
    } catch (error) {
      // The queue gives up after its last attempt: owners then see a failed message that says why, not one scheduled forever.
      if (helpers.job.attempts >= helpers.job.max_attempts) {
        const reason = errorReason(error);
        await this.database.$executeRaw`UPDATE client_messages SET status = 'failed', last_error = ${reason} WHERE id = ${messageId}::uuid AND status = 'scheduled'`;
      }
      throw error;
    }
  };

  /** Delivers the message on the job's attempt (`helpers.job`), saying what became of it. */
  async deliver(messageId: string, helpers: DeliveryHelpers): Promise<DeliveryOutcome> {
    // A transaction's lock, held open across the send: a session's lock would stay on
    // whichever server connection a pooler in transaction mode lent for the statement.
    const lockConnection = await sqlPool(this.database).connect();
    try {
      await lockConnection.query('BEGIN');
      const { rows } = await lockConnection.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked', [`client_message:${messageId}`]);
      if (!rows[0]!.locked) return 'being sent by another worker';
      return await this.deliverLocked(messageId, helpers.job.attempts >= helpers.job.max_attempts);
    } finally {
      await lockConnection.query('COMMIT').then(
        () => lockConnection.release(),
        (error: unknown) => lockConnection.release(error instanceof Error ? error : true),
      );
    }
  }

  private async deliverLocked(messageId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const claim = await this.claim(messageId);
    if ('outcome' in claim) return claim.outcome;
    let providerId: string;
    try {
      const content = await this.database.$transaction((transaction) => this.composer.compose(messageId, transaction));
      const outgoing = claim.channel === 'sms' ? { subject: null, body: content.sms } : { subject: content.subject, body: content.text };
      const tooLong = reasonTooLongToRecord(outgoing);
      if (tooLong) {
        await this.database.$executeRaw`UPDATE client_messages SET status = 'failed', last_error = ${tooLong} WHERE id = ${messageId}::uuid AND status = 'sending'`;
        return 'failed';
      }
      // On record before it goes: a send whose "sent" cannot be written is still known to have (maybe) gone.
      await this.database.$executeRaw`
        UPDATE client_messages SET channel = ${claim.channel}, recipient = ${claim.recipient}, subject = ${outgoing.subject}, body = ${outgoing.body}
        WHERE id = ${messageId}::uuid AND status = 'sending'`;
      providerId = await this.send(messageId, claim, content);
    } catch (error) {
      const reason = errorReason(error);
      const status = lastAttempt ? 'failed' : 'scheduled';
      await this.database.$executeRaw`UPDATE client_messages SET status = ${status}, last_error = ${reason} WHERE id = ${messageId}::uuid AND status = 'sending'`;
      if (lastAttempt) return 'failed';
      throw error;
    }
    await this.recordSent(messageId, providerId);
    return 'sent';
  }

  /**
   * Marks a message that went out as sent, trying a few times. It never throws: the
   * queue would retry the job and send the message again. If the database stays out
   * of reach the row stays `sending` with what went out, and says so in the log.
   */
  private async recordSent(messageId: string, providerId: string): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.database.$executeRaw`
          UPDATE client_messages SET status = 'sent', sent_at = now(), provider_id = ${providerId.slice(0, 300)}
          WHERE id = ${messageId}::uuid AND status = 'sending'`;
        return;
      } catch (error) {
        if (attempt >= RECORD_SENT_TRIES) {
          this.logger.error(`Message ${messageId} went out (provider id ${providerId}) but could not be marked sent; it stays 'sending': ${String(error)}`);
          return;
        }
        await setTimeout(RECORD_SENT_PAUSE_MS * attempt);
      }
    }
  }

  /** In one short transaction: the row to `sending` with one more attempt, or withdrawn, or left alone. */
  private claim(messageId: string): Promise<Claim> {
    return this.database.$transaction(async (transaction): Promise<Claim> => {
      const [row] = await transaction.$queryRaw<ClaimedRow[]>`
        SELECT m.kind, m.purpose, m.status, m.channel, m.appointment_starts_at, m.send_at <= now() AS due,
               c.archived_at IS NOT NULL AS client_archived, c.email, c.phone, c.preferred_contact,
               a.status AS appointment_status, a.starts_at,
               (SELECT granted FROM client_message_consents k WHERE k.client_id = c.id AND k.purpose = m.purpose
                ORDER BY recorded_at DESC LIMIT 1) AS consent,
               CASE m.kind
                 WHEN 'next_session_window' THEN
                   (SELECT CASE WHEN p.status <> 'active' THEN 'plan ended'
                                WHEN NOT EXISTS (SELECT FROM plan_sessions s WHERE s.plan_id = p.id AND NOT EXISTS (
                                       SELECT FROM appointments b WHERE b.plan_session_id = s.id AND b.status = ANY(${HOLDING_STATUSES}::text[]))) THEN 'booked' END
                      FROM plan_sessions recorded JOIN treatment_plans p ON p.id = recorded.plan_id
                     WHERE recorded.id = a.plan_session_id)
                 WHEN 'maintenance_recall' THEN
                   (SELECT 'booked' WHERE EXISTS (SELECT FROM appointments b WHERE b.client_id = m.client_id AND b.kind IN ('maintenance', 'touch_up')
                                                    AND b.status = ANY(${HOLDING_STATUSES}::text[]) AND b.created_at > m.created_at))
               END AS nudge_answered
        FROM client_messages m
        JOIN clients c ON c.id = m.client_id
        LEFT JOIN appointments a ON a.id = m.appointment_id
        WHERE m.id = ${messageId}::uuid
        FOR UPDATE OF m`;
      if (!row || (row.status !== 'scheduled' && row.status !== 'sending')) return { outcome: 'nothing to do' };
      // Moved later while this job waited: the job added for the new time delivers it.
      if (row.status === 'scheduled' && !row.due) return { outcome: 'not yet due' };
      const appointment = row.appointment_status && row.starts_at ? { status: row.appointment_status, startsAt: row.starts_at } : null;
      const circumstances = {
        kind: row.kind,
        purpose: row.purpose,
        clientArchived: row.client_archived,
        appointment,
        consent: row.consent,
        writtenForStart: row.appointment_starts_at,
        nudgeAnswered: row.nudge_answered,
      };
      const route = chooseChannel({ preferredContact: row.preferred_contact, email: row.email, phone: row.phone }, this.sms !== null);
      const withdrawal = reasonToWithdraw(circumstances, new Date()) ?? (route ? null : 'The client has no email address, and SMS is off or they have no phone number');
      if (withdrawal) {
        await transaction.$executeRaw`UPDATE client_messages SET status = 'withdrawn', withdrawn_at = now(), withdrawn_reason = ${withdrawal} WHERE id = ${messageId}::uuid`;
        return { outcome: 'withdrawn' };
      }
      // Interrupted after it was handed to the SMS provider, which cannot tell a repeat from a new text.
      if (row.status === 'sending' && row.channel === 'sms') {
        await transaction.$executeRaw`UPDATE client_messages SET status = 'failed', last_error = ${SMS_OUTCOME_UNKNOWN} WHERE id = ${messageId}::uuid`;
        return { outcome: 'failed' };
      }
      await transaction.$executeRaw`
        UPDATE client_messages SET status = 'sending', sending_started_at = now(), attempts = attempts + 1,
               channel = NULL, recipient = NULL, subject = NULL, body = NULL
        WHERE id = ${messageId}::uuid`;
      return route!;
    });
  }

  private async send(messageId: string, route: { channel: MessageChannel; recipient: string }, content: ComposedMessage): Promise<string> {
    if (route.channel === 'sms') {
      const { providerId } = await this.sms!.send({ to: route.recipient, body: content.sms, idempotencyKey: messageId });
      return providerId;
    }
    const { providerId } = await this.email.send({
      to: route.recipient,
      subject: content.subject,
      text: content.text,
      html: content.html,
      messageId: `<${messageId}@${this.messageIdHost}>`,
      replyTo: content.replyTo,
      headers: content.headers,
      attachments: content.attachments,
    });
    return providerId;
  }
}
