import send, { type SendOptions } from '@fastify/send';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Scripts go as text/javascript, as browsers and RFC 9239 have it; this mime table still says application/javascript.
send.mime.define({ 'text/javascript': ['js', 'mjs'] }, true);

/** The request's path as sent (still percent-encoded), without its query. */
export function pathOf(request: FastifyRequest): string {
  return request.url.split('?', 1)[0]!;
}

/**
 * Sends the file of `root` that `urlPath` (percent-encoded) names, with an ETag
 * and Last-Modified for revalidation (a 304 when unchanged). Answers false,
 * sending nothing, when there is no such file to send (a folder, a dotfile, a
 * path out of `root`...), so the caller can fall back to something else.
 */
export async function sendStaticFile(request: FastifyRequest, reply: FastifyReply, root: string, urlPath: string, options: SendOptions = {}): Promise<boolean> {
  const { type, statusCode, headers, stream } = await send(request.raw, urlPath, { root, index: false, ...options });
  if (type === 'directory' || (type === 'error' && statusCode < 500)) {
    stream.destroy();
    return false;
  }
  await reply.code(statusCode).headers(headers).send(stream);
  return true;
}
