import { Controller, Res } from '@nestjs/common';
import { consentRoutes, type BodyOf, type ClientConsents, type ConsentTemplate, type ParamsOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { sendStoredFile } from '../http/file-response.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';
import { ConsentsService } from './consents.service.js';

/** Consent forms, and clients' signatures on them (taken as the screening's signature is). */
@Controller()
export class ConsentsController {
  constructor(private readonly consents: ConsentsService) {}

  @Endpoint(consentRoutes.templates)
  @Requires('screening.readOutcome')
  @ApiDoc({ summary: 'Every version of the clinic’s consent forms', responses: { 200: { description: 'The forms, newest version of each kind first' } } })
  templates(): Promise<{ items: ConsentTemplate[] }> {
    return this.consents.templates();
  }

  @Endpoint(consentRoutes.publish)
  @Idempotent()
  @Requires('clinic.manage')
  @ApiDoc({
    summary: 'Publish a consent form’s next version',
    description: 'Written once. Clients who signed an earlier version sign this one: before session 1, or at their next visit once treated.',
    responses: { 201: { description: 'The version published' } },
  })
  publish(@RouteBody(consentRoutes.publish) input: BodyOf<typeof consentRoutes.publish>, @CurrentActor() actor: Actor): Promise<ConsentTemplate> {
    return this.consents.publish(input, actor);
  }

  @Endpoint(consentRoutes.forClient)
  @Requires('screening.readOutcome')
  @ApiDoc({
    summary: 'A client’s consents, form by form',
    description: 'Signed or declined on the version in force, outdated, not signed, or no form published. A read of the client’s record (audited).',
    responses: { 200: { description: 'The client’s consents' }, ...problemResponses.notFound },
  })
  forClient(@RouteParams(consentRoutes.forClient) params: ParamsOf<typeof consentRoutes.forClient>, @CurrentActor() actor: Actor): Promise<ClientConsents> {
    return this.consents.forClient(params.id, actor);
  }

  @Endpoint(consentRoutes.sign)
  @Idempotent()
  @Requires('screening.conduct')
  @ApiDoc({
    summary: 'The client signs a consent form',
    description:
      'The version in force, by typed name and drawn signature (a PNG data URL), witnessed by the signed-in staff member. Photo and marketing consent may be declined. Written once.',
    responses: {
      201: { description: 'The client’s consents' },
      ...problemResponses.notFound,
      409: { description: 'A newer version of the form is in force, or the client is archived' },
    },
  })
  sign(
    @RouteParams(consentRoutes.sign) params: ParamsOf<typeof consentRoutes.sign>,
    @RouteBody(consentRoutes.sign) input: BodyOf<typeof consentRoutes.sign>,
    @CurrentActor() actor: Actor,
  ): Promise<ClientConsents> {
    return this.consents.sign(params.id, input, actor);
  }

  @Endpoint(consentRoutes.signature)
  @Requires('screening.conduct')
  @ApiDoc({
    summary: 'The client’s drawn signature on a consent form',
    description: 'A PNG; the read is audited.',
    responses: { 200: { description: 'image/png' }, ...problemResponses.notFound },
  })
  async signature(@RouteParams(consentRoutes.signature) params: ParamsOf<typeof consentRoutes.signature>, @CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<void> {
    sendStoredFile(reply, { type: 'image/png', bytes: await this.consents.signature(params.id, actor) });
  }
}
