import { Controller } from '@nestjs/common';
import { messageRoutes, type CaughtEmail, type CaughtEmailSummary, type ClientMessage, type MessageDeliveryInfo, type Page, type QueryOf } from '@smp/contracts';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { CaughtEmailsService } from './mail/caught-emails.service.js';
import { MessagesService } from './messages.service.js';

@Controller()
export class MessagesController {
  constructor(
    private readonly messages: MessagesService,
    private readonly caughtEmails: CaughtEmailsService,
  ) {}

  @Endpoint(messageRoutes.list)
  @Requires('messages.manage')
  @ApiDoc({ summary: 'Messages to clients: scheduled, sent, failed with the reason, withdrawn', responses: { 200: { description: 'Newest send time first' } } })
  list(@RouteQuery(messageRoutes.list) query: QueryOf<typeof messageRoutes.list>): Promise<Page<ClientMessage>> {
    return this.messages.list(query);
  }

  @Endpoint(messageRoutes.retry)
  @Requires('messages.manage')
  @ApiDoc({
    summary: 'Send a failed message again, now',
    responses: { 200: { description: 'The message, scheduled' }, ...problemResponses.notFound, 409: { description: 'The message has not failed' } },
  })
  retry(@RouteParams(messageRoutes.retry) params: { id: string }, @CurrentActor() actor: Actor): Promise<ClientMessage> {
    return this.messages.retry(params.id, actor);
  }

  @Endpoint(messageRoutes.forClient)
  @Requires('messages.readClient')
  @ApiDoc({
    summary: 'A client’s messages, sent and scheduled',
    description: 'Audited as a read of the client’s record.',
    responses: { 200: { description: 'Newest send time first' }, ...problemResponses.notFound },
  })
  forClient(
    @RouteParams(messageRoutes.forClient) params: { id: string },
    @RouteQuery(messageRoutes.forClient) query: QueryOf<typeof messageRoutes.forClient>,
    @CurrentActor() actor: Actor,
  ): Promise<Page<ClientMessage>> {
    return this.messages.forClient(params.id, query, actor);
  }

  @Endpoint(messageRoutes.delivery)
  @Requires('messages.manage')
  @ApiDoc({ summary: 'How messages leave: SMTP or the embedded mail catcher, and the SMS provider or none', responses: { 200: { description: 'Email and SMS delivery' } } })
  delivery(): MessageDeliveryInfo {
    return this.messages.delivery();
  }

  @Endpoint(messageRoutes.caught)
  @Requires('messages.manage')
  @ApiDoc({ summary: 'Emails the embedded mail catcher received', responses: { 200: { description: 'Newest first' }, 404: { description: 'No mail catcher runs: SMTP_URL is set' } } })
  caught(@RouteQuery(messageRoutes.caught) query: QueryOf<typeof messageRoutes.caught>): Promise<Page<CaughtEmailSummary>> {
    return this.caughtEmails.list(query);
  }

  @Endpoint(messageRoutes.caughtEmail)
  @Requires('messages.manage')
  @ApiDoc({ summary: 'One caught email, as a mail program reads it', responses: { 200: { description: 'Headers, text, HTML and attachments' }, ...problemResponses.notFound } })
  caughtEmail(@RouteParams(messageRoutes.caughtEmail) params: { id: string }, @CurrentActor() actor: Actor): Promise<CaughtEmail> {
    return this.caughtEmails.get(params.id, actor);
  }
}
