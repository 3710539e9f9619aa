import { Module } from '@nestjs/common';
import { ClinicModule } from '../clinic/clinic.module.js';
import { MESSAGE_COMPOSER } from './message-composer.js';
import { MessageConsentsController } from './message-consents.controller.js';
import { MessageConsentsService } from './message-consents.service.js';
import { MessageTemplatesController } from './message-templates.controller.js';
import { MessageTemplatesService } from './message-templates.service.js';
import { TemplateMessageComposer } from './template-message-composer.js';

/**
 * The real composer, for the module that delivers messages: it needs `MESSAGE_LINKS`,
 * which the links' feature provides there.
 */
export const MESSAGE_COMPOSER_PROVIDER = { provide: MESSAGE_COMPOSER, useClass: TemplateMessageComposer };

/** What messages say (wording, values, calendar invitations) and whom they may go to (consents). */
@Module({
  imports: [ClinicModule],
  controllers: [MessageTemplatesController, MessageConsentsController],
  providers: [MessageTemplatesService, MessageConsentsService],
  exports: [MessageTemplatesService, MessageConsentsService],
})
export class MessageContentModule {}
