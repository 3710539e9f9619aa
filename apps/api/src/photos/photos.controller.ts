import { Controller, Res } from '@nestjs/common';
import { type Page, type Photo, photoRoutes, type QueryOf } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import { Endpoint, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { sendStoredFile } from '../http/file-response.js';
import { Requires } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { PhotosService } from './photos.service.js';

@Controller()
@Requires('photos.read')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  @Endpoint(photoRoutes.list)
  @ApiDoc({
    summary: 'A client’s photos, newest first',
    description: 'Filter by `view` to compare the same view across visits.',
    responses: { 200: { description: 'One page of photos' }, ...problemResponses.notFound },
  })
  list(@RouteParams(photoRoutes.list) params: { id: string }, @RouteQuery(photoRoutes.list) query: QueryOf<typeof photoRoutes.list>, @CurrentActor() actor: Actor): Promise<Page<Photo>> {
    return this.photos.listForClient(params.id, query, actor);
  }

  @Endpoint(photoRoutes.file)
  @ApiDoc({
    summary: 'A photo’s image',
    description: '`size`: thumbnail (320 px JPEG), preview (1600 px JPEG, the default) or original (as uploaded).',
    responses: { 200: { description: 'The image' }, ...problemResponses.notFound },
  })
  async file(
    @RouteParams(photoRoutes.file) params: { id: string },
    @RouteQuery(photoRoutes.file) query: QueryOf<typeof photoRoutes.file>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const image = await this.photos.file(params.id, query.size, actor);
    sendStoredFile(reply, image);
  }
}
