import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.js';
import type { Database } from '../../database/database.js';
import { PrismaClient } from '../../generated/prisma/client.js';
import { startEmbeddedMailCatcher, type CaughtEmail, type MailCatcher } from './embedded-mail-catcher.js';

/** The embedded mail catcher while it runs (no `SMTP_URL`), else null. */
export const MAIL_CATCHER = Symbol('MailCatcher');

function keep(database: Database) {
  return async (email: CaughtEmail): Promise<void> => {
    await database.$executeRaw`
      INSERT INTO caught_emails (envelope_from, envelope_to, message_id, subject, raw)
      VALUES (${email.envelopeFrom?.slice(0, 254) ?? null}, ${email.envelopeTo}, ${email.messageId?.slice(0, 300) ?? null}, ${email.subject?.slice(0, 1000) ?? null}, ${email.raw})`;
  };
}

export const mailCatcherProvider: Provider = {
  provide: MAIL_CATCHER,
  inject: [APP_CONFIG, PrismaClient],
  useFactory: async (config: AppConfig, database: Database): Promise<MailCatcher | null> => {
    if (config.mail.smtpUrl) return null;
    const logger = new Logger('MailCatcher');
    const store = keep(database);
    const catcher = await startEmbeddedMailCatcher({ port: config.mail.catcherPort, store }).catch((error: unknown) => {
      // A second app on this machine (a demo beside the tests) still starts: on another port, which it logs.
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || config.mail.catcherPort === 0) throw error;
      logger.warn(`Port ${config.mail.catcherPort} is taken; the mail catcher takes a free one instead`);
      return startEmbeddedMailCatcher({ port: 0, store });
    });
    logger.log(`No SMTP_URL: emails to clients go to the embedded mail catcher on 127.0.0.1:${catcher.port} (owners read them on the Messages page)`);
    return catcher;
  },
};
