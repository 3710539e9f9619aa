import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The API's answers carry health data (records, screenings, photos, letters), and
 * front-desk browsers are shared: no browser or proxy may keep a copy. Static
 * documentation assets set their own caching after this.
 */
export function noStore(_request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  reply.header('Cache-Control', 'no-store');
  done();
}
