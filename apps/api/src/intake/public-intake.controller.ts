import { Controller, UploadedFile } from '@nestjs/common';
import { publicIntakeRoutes, type BodyOf, type ParamsOf, type PhotoView, type PublicIntake } from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import type { UploadedFile as Upload } from '../http/uploads.js';
import { Public } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { RateLimited } from '../public-access/rate-limited.js';
import { PublicIntakeService } from './public-intake.service.js';

const HOUR = 3_600;
const linkRefusal = { 404: { description: 'Not a live link: unknown, revoked by a cancellation, or the consultation has begun' } };
const tooMany = { 429: { description: 'Too many requests from this address: wait for Retry-After' } };
const alreadySent = { 409: { description: 'The answers were sent already (or the intake has all the photos it takes)' } };

/** Open without signing in, by the link's secret, every route rate-limited: the client's intake from home. */
@Controller()
export class PublicIntakeController {
  constructor(private readonly intakes: PublicIntakeService) {}

  @Endpoint(publicIntakeRoutes.get)
  @Public()
  @RateLimited({ bucket: 'intake_view', perAddress: { limit: 60, windowSeconds: HOUR } })
  @ApiDoc({
    summary: 'The intake a link opens',
    description: 'The clinic, the client’s first name, the consultation’s time and artist, the questionnaire to answer, and what was sent so far. Nothing clinical.',
    responses: { 200: { description: 'The intake' }, ...linkRefusal, ...tooMany },
  })
  view(@RouteParams(publicIntakeRoutes.get) { token }: ParamsOf<typeof publicIntakeRoutes.get>): Promise<PublicIntake> {
    return this.intakes.view(token);
  }

  @Endpoint(publicIntakeRoutes.addPhoto)
  @Public()
  @RateLimited({ bucket: 'intake_photo', perAddress: { limit: 30, windowSeconds: HOUR } })
  @ApiDoc({
    summary: 'The client adds a photo of a standard view',
    description:
      'multipart/form-data: `file` (JPEG, PNG, HEIC or WebP, at most 15 MB, checked by content and read whole as an image, as staff uploads are) and `view`. Twelve at most per intake.',
    responses: {
      201: { description: 'The photo, by id and view' },
      ...linkRefusal,
      ...alreadySent,
      413: { description: 'The file is too large' },
      415: { description: 'Not a photo' },
      ...tooMany,
    },
  })
  addPhoto(
    @RouteParams(publicIntakeRoutes.addPhoto) { token }: ParamsOf<typeof publicIntakeRoutes.addPhoto>,
    @RouteBody(publicIntakeRoutes.addPhoto) { view }: BodyOf<typeof publicIntakeRoutes.addPhoto>,
    @UploadedFile() file: Upload | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<{ id: string; view: PhotoView }> {
    return this.intakes.addPhoto(token, view, file, actor);
  }

  @Endpoint(publicIntakeRoutes.submit)
  @Public()
  @RateLimited({ bucket: 'intake_submit', perAddress: { limit: 20, windowSeconds: HOUR } })
  @ApiDoc({
    summary: 'The client sends their intake',
    description:
      'Contact details, hair-loss history and the screening questionnaire with their typed name and drawn signature, written once. It becomes the client’s screening only when the artist countersigns it at the consultation.',
    responses: { 201: { description: 'Sent' }, ...linkRefusal, ...alreadySent, ...tooMany },
  })
  submit(
    @RouteParams(publicIntakeRoutes.submit) { token }: ParamsOf<typeof publicIntakeRoutes.submit>,
    @RouteBody(publicIntakeRoutes.submit) input: BodyOf<typeof publicIntakeRoutes.submit>,
    @CurrentActor() actor: Actor,
  ): Promise<{ submitted: true }> {
    return this.intakes.submit(token, input, actor);
  }
}
