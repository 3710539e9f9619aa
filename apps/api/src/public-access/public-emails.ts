import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Transaction } from '../database/database.js';
import { EMAIL_TRANSPORT, type EmailTransport } from '../messaging/channels.js';
import { JobQueue } from '../messaging/job-queue.js';

export const SEND_PUBLIC_EMAIL_TASK = 'send_public_email';

const payloadSchema = z.object({ to: z.string(), subject: z.string(), text: z.string(), messageId: z.string() });

export interface PublicEmail {
  to: string;
  subject: string;
  text: string;
  /** Unique per email (`booking-code-<request>`): a retried job sends the same Message-ID. */
  key: string;
}

/**
 * Emails to people who may not be clients yet (a booking's code, its manage link):
 * queued in the transaction that causes them, sent by the job queue through the
 * clinic's mail server like every client message.
 */
@Injectable()
export class PublicEmails {
  private readonly messageIdHost: string;

  constructor(
    jobQueue: JobQueue,
    @Inject(EMAIL_TRANSPORT) private readonly transport: EmailTransport,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.messageIdHost = new URL(config.publicUrl).hostname;
    jobQueue.register(SEND_PUBLIC_EMAIL_TASK, payloadSchema, async (email) => {
      await this.transport.send(email);
    });
  }

  async queue(transaction: Transaction, email: PublicEmail): Promise<void> {
    await transaction.$executeRaw`SELECT enqueue_public_email(${email.to}, ${email.subject}, ${email.text}, ${`<${email.key}@${this.messageIdHost}>`})`;
  }
}
