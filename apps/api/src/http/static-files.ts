import send, { type SendOptions } from '@fastify/send';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Scripts go as text/javascript, as browsers and RFC 9239 have it; this mime table still says application/javascript.
send.mime.define({ 'text/javascript': ['js', 'mjs'] }, true);

/** The request's path as sent (still percent-encoded), without its query. */
export function pathOf(request: FastifyRequest): string {
  return request.url.split('?', 1)[0]!;
}

/** What send answers when there is no file to send: none there (404), or one it will not give (a dotfile, a path out of the root: 403). */
const NO_SUCH_FILE = new Set([403, 404]);

/**
 * Sends the file of `root` that `urlPath` (percent-encoded) names, with an ETag
 * and Last-Modified for revalidation (a 304 when unchanged), and ranges (a 416
 * for one past the end). Answers false, sending nothing, when there is no such
 * file to send (a folder, a dotfile, a path out of `root`...), so the caller can
 * fall back to something else; a file that cannot be read is thrown, for a 500.
 */
export async function sendStaticFile(request: FastifyRequest, reply: FastifyReply, root: string, urlPath: string, options: SendOptions = {}): Promise<boolean> {
  const result = await send(request.raw, urlPath, { root, index: false, ...options });
  const { type, statusCode, headers, stream } = result;
  if (type === 'directory' || (type === 'error' && NO_SUCH_FILE.has(statusCode))) {
    stream.destroy();
    return false;
  }
  if (type === 'error' && statusCode >= 500) {
    stream.destroy();
    throw result.metadata.error;
  }
  await reply.code(statusCode).headers(headers).send(stream);
  return true;
}
