import { Controller } from '@nestjs/common';
import { messageConsentRoutes, type BodyOf, type MessagePreferences, type QueryOf } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { MessageConsentsService } from './message-consents.service.js';

@Controller()
export class MessageConsentsController {
  constructor(private readonly consents: MessageConsentsService) {}

  @Endpoint(messageConsentRoutes.preferences)
  @Requires('clients.read')
  @ApiDoc({
    summary: 'How a client may be messaged',
    description: 'Their preferred contact, whether care and marketing messages may go (with the answer that decides) and every answer given. An audited read.',
    responses: { 200: { description: 'The client’s message preferences' } },
  })
  preferences(
    @RouteParams(messageConsentRoutes.preferences) { id }: { id: string },
    @RouteQuery(messageConsentRoutes.preferences) query: QueryOf<typeof messageConsentRoutes.preferences>,
    @CurrentActor() actor: Actor,
  ): Promise<MessagePreferences> {
    return this.consents.preferences(id, actor, query.view);
  }

  @Endpoint(messageConsentRoutes.record)
  @Requires('clients.write')
  @ApiDoc({
    summary: 'Record a client’s answer about messages',
    description: 'Care messages go unless the latest answer is no; marketing only once the latest is yes. Answers are kept, never changed.',
    responses: { 201: { description: 'The client’s message preferences, with the new answer' } },
  })
  record(
    @RouteParams(messageConsentRoutes.record) { id }: { id: string },
    @RouteBody(messageConsentRoutes.record) input: BodyOf<typeof messageConsentRoutes.record>,
    @CurrentActor() actor: Actor,
  ): Promise<MessagePreferences> {
    return this.consents.record(id, input, actor);
  }
}
