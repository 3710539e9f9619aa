import { Controller, Inject } from '@nestjs/common';
import { type Artist, artistRoutes } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { Endpoint } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Requires } from '../access/access.js';

/** The artists a booking can be made with; every role books. */
@Controller()
export class ArtistsController {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  @Endpoint(artistRoutes.list)
  @Requires('consultations.book')
  @ApiDoc({ summary: 'Active artists, by name', responses: { 200: { description: 'The artists' } } })
  async list(): Promise<{ items: Artist[] }> {
    const items = await this.database.staff.findMany({
      where: { role: 'artist', deactivatedAt: null },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return { items };
  }
}
