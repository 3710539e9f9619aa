import { Controller } from '@nestjs/common';
import { messageTemplateRoutes, type BodyOf, type MessageKind, type MessageTemplate, type MessageTemplatePreview } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { MessageTemplatesService } from './message-templates.service.js';

@Controller()
export class MessageTemplatesController {
  constructor(private readonly templates: MessageTemplatesService) {}

  @Endpoint(messageTemplateRoutes.list)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'The wording of each kind of message',
    description: 'Every kind, with the clinic’s wording or the default, and the placeholders it may use.',
    responses: { 200: { description: 'Every kind of message' } },
  })
  list(): Promise<MessageTemplate[]> {
    return this.templates.list();
  }

  @Endpoint(messageTemplateRoutes.update)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Change the wording of a kind of message',
    description: 'Only the kind’s placeholders; a marketing message must keep {{unsubscribeLink}}. Messages not yet sent use the new wording.',
    responses: { 200: { description: 'The new wording' } },
  })
  update(
    @RouteParams(messageTemplateRoutes.update) { kind }: { kind: MessageKind },
    @RouteBody(messageTemplateRoutes.update) input: BodyOf<typeof messageTemplateRoutes.update>,
    @CurrentActor() actor: Actor,
  ): Promise<MessageTemplate> {
    return this.templates.update(kind, input, actor);
  }

  @Endpoint(messageTemplateRoutes.reset)
  @Requires('clinic.manage')
  @ApiDoc({ summary: 'Go back to the default wording', description: 'The clinic’s own wording of the kind is dropped.', responses: { 200: { description: 'The default wording' } } })
  reset(@RouteParams(messageTemplateRoutes.reset) { kind }: { kind: MessageKind }, @CurrentActor() actor: Actor): Promise<MessageTemplate> {
    return this.templates.reset(kind, actor);
  }

  @Endpoint(messageTemplateRoutes.preview)
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'See a draft wording as a client would get it',
    description: 'Rendered with the client’s next appointment and latest session record; values they have no data for are examples, listed in exampleValues. Nothing is saved or sent.',
    responses: { 200: { description: 'The message in each channel' } },
  })
  preview(
    @RouteParams(messageTemplateRoutes.preview) { kind }: { kind: MessageKind },
    @RouteBody(messageTemplateRoutes.preview) input: BodyOf<typeof messageTemplateRoutes.preview>,
    @CurrentActor() actor: Actor,
  ): Promise<MessageTemplatePreview> {
    return this.templates.preview(kind, input, actor);
  }
}
