import type { FastifyInstance } from 'fastify';

/**
 * Once the server is stopping (Fastify's preClose), each answer closes its
 * connection: a connection kept alive after the last request in flight would
 * hold the stop up until Fastify's keep-alive timeout (72 s).
 */
export function closeConnectionsOnStop(instance: FastifyInstance): void {
  let stopping = false;
  instance.addHook('preClose', (done) => {
    stopping = true;
    done();
  });
  instance.addHook('onSend', (_request, reply, payload, done) => {
    if (stopping) reply.header('Connection', 'close');
    done(null, payload);
  });
}
