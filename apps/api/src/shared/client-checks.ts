import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';

type ClientReader = Pick<Database, 'client'>;

/**
 * Where a request names the client: in its path, so an unknown one is not found,
 * or in the body's `clientId`, so an unknown one is a field to correct.
 */
type NamedIn = 'path' | 'clientId';

/** The client, or the problem a request naming an unknown one gets. */
export async function existingClient(database: ClientReader, clientId: string, namedIn: NamedIn = 'path'): Promise<{ archivedAt: Date | null }> {
  const client = await database.client.findUnique({ where: { id: clientId }, select: { archivedAt: true } });
  if (client) return client;
  throw namedIn === 'path' ? notFoundProblem('The client') : validationProblem([{ field: 'clientId', message: 'Not a client' }]);
}

/** An archived record is read-only: `before` names what restoring would allow ("booking"). */
export function assertNotArchived(client: { archivedAt: Date | null }, before: string): void {
  if (client.archivedAt) throw conflictProblem('Client is archived', `Restore the client before ${before}`);
}

/** The client exists and is not archived, so its record may be added to. */
export async function assertActiveClient(database: ClientReader, clientId: string, before: string, namedIn: NamedIn = 'path'): Promise<void> {
  assertNotArchived(await existingClient(database, clientId, namedIn), before);
}
