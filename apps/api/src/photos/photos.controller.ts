import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { clientIdParamsSchema, clientPhotosQuerySchema, photoFileQuerySchema, photoPageSchema, photoParamsSchema, type Page, type Photo } from '@smp/contracts';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ApiDoc, problemResponses } from '../http/api-doc.js';
import { sendStoredFile } from '../http/file-response.js';
import { Requires } from '../auth/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { PhotosService } from './photos.service.js';

@Controller()
@Requires('photos.read')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  @Get('clients/:id/photos')
  @ApiDoc({
    summary: 'A client’s photos, newest first',
    description: 'Filter by `view` to compare the same view across visits.',
    responses: { 200: { description: 'One page of photos', schema: photoPageSchema }, ...problemResponses.notFound },
  })
  list(
    @Param({ schema: clientIdParamsSchema }) params: { id: string },
    @Query({ schema: clientPhotosQuerySchema }) query: z.output<typeof clientPhotosQuerySchema>,
    @CurrentActor() actor: Actor,
  ): Promise<Page<Photo>> {
    return this.photos.listForClient(params.id, query, actor);
  }

  @Get('photos/:id/file')
  @ApiDoc({
    summary: 'A photo’s image',
    description: '`size`: thumbnail (320 px JPEG), preview (1600 px JPEG, the default) or original (as uploaded).',
    responses: { 200: { description: 'The image' }, ...problemResponses.notFound },
  })
  async file(
    @Param({ schema: photoParamsSchema }) params: { id: string },
    @Query({ schema: photoFileQuerySchema }) query: z.output<typeof photoFileQuerySchema>,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const image = await this.photos.file(params.id, query.size, actor);
    sendStoredFile(reply, image);
  }
}
