import { Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { z } from 'zod';
import { ClinicModule } from '../clinic/clinic.module.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { EMAIL_TRANSPORT, TEXT_MESSAGE_PROVIDER, type EmailTransport } from './channels.js';
import { CaughtEmailsService } from './mail/caught-emails.service.js';
import type { MailCatcher } from './mail/embedded-mail-catcher.js';
import { MAIL_CATCHER, mailCatcherProvider } from './mail/mail-catcher.provider.js';
import { SmtpEmailTransport } from './mail/smtp-email-transport.js';
import { JobQueue } from './job-queue.js';
import { MESSAGE_COMPOSER_PROVIDER, MessageContentModule } from './message-content.module.js';
import { DELIVER_CLIENT_MESSAGE_TASK, MessageDelivery } from './message-delivery.js';
import { MessageLinksModule } from './message-links.module.js';
import { MessageOutbox } from './message-outbox.js';
import { MessagesController } from './messages.controller.js';
import { MessagesService } from './messages.service.js';
import { TwilioTextMessages } from './sms/twilio-text-messages.js';

/** Closes the mail connections and the catcher before the database goes. */
@Injectable()
class MessagingLifecycle implements OnModuleDestroy {
  constructor(
    @Inject(EMAIL_TRANSPORT) private readonly email: EmailTransport,
    @Inject(MAIL_CATCHER) private readonly catcher: MailCatcher | null,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await this.email.close();
    await this.catcher?.close();
  }
}

/** Works the delivery jobs the outbox's trigger adds, on the instances that work the queue. */
@Injectable()
class DeliveryTask {
  constructor(jobQueue: JobQueue, delivery: MessageDelivery) {
    jobQueue.register(DELIVER_CLIENT_MESSAGE_TASK, z.unknown(), (payload, helpers) => delivery.deliverClientMessage(payload, helpers));
  }
}

/** Messages to clients: the outbox their causes write to, the job queue that delivers them, and the ways they leave. */
@Module({
  imports: [ClinicModule, MessageContentModule, MessageLinksModule],
  controllers: [MessagesController],
  providers: [
    JobQueue,
    MessageOutbox,
    mailCatcherProvider,
    {
      provide: EMAIL_TRANSPORT,
      inject: [APP_CONFIG, MAIL_CATCHER],
      useFactory: (config: AppConfig, catcher: MailCatcher | null) =>
        new SmtpEmailTransport(config.mail.smtpUrl ? { url: config.mail.smtpUrl } : { catcherPort: catcher!.port }, config.mail.from),
    },
    { provide: TEXT_MESSAGE_PROVIDER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => (config.twilio ? new TwilioTextMessages(config.twilio) : null) },
    MESSAGE_COMPOSER_PROVIDER,
    MessageDelivery,
    DeliveryTask,
    MessagingLifecycle,
    MessagesService,
    CaughtEmailsService,
  ],
  exports: [JobQueue, MessageOutbox, EMAIL_TRANSPORT, TEXT_MESSAGE_PROVIDER, MAIL_CATCHER],
})
export class MessagingModule {}
