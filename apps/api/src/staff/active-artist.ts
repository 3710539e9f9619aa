import type { Database } from '../database/database.js';
import { validationProblem } from '../http/problem.js';

/** Refuses, as a bad `artistId`, anyone who is not a staff member with the artist role still in post. */
export async function assertActiveArtist(database: Pick<Database, 'staff'>, artistId: string): Promise<void> {
  const artist = await database.staff.findUnique({ where: { id: artistId }, select: { role: true, deactivatedAt: true } });
  if (!artist || artist.role !== 'artist' || artist.deactivatedAt) throw validationProblem([{ field: 'artistId', message: 'Choose an active artist' }]);
}
