import type { FastifyInstance, FastifyReply } from 'fastify';
import { isApiUrl } from './api-prefix.js';
import { pathOf, sendStaticFile } from './static-files.js';

/** Where Vite puts the files whose names carry a hash of their content. */
const HASHED_ASSETS = '/assets';

/**
 * A missing asset (a chunk of an older release, say) is a 404, not index.html:
 * HTML in place of a script would fail with a confusing type error.
 */
function notFound(reply: FastifyReply, message = 'No such file.'): FastifyReply {
  return reply.code(404).header('Cache-Control', 'no-cache').type('text/plain; charset=utf-8').send(message);
}

/** The path as the file it names is looked up: decoded (send decodes it too), in lower case (routes match in any case). */
function lookedUpAs(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath).toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Serves the built web app at `/`. Paths that are not files get index.html so
 * that the app's own router can handle deep links such as /clients/123.
 *
 * A hashed asset never changes under its name, so browsers keep it for a year
 * without asking again; index.html (and anything else) is revalidated on every
 * load (files keep their ETag for that: the API's answers have none), so a new
 * release reaches the front desk at the next page load.
 */
export function serveWebApp(instance: FastifyInstance, distDir: string): void {
  const revalidated = { cacheControl: false };

  instance.get('/*', async (request, reply) => {
    const urlPath = pathOf(request);
    // An unknown API address gets the API's own answer (a problem+json 404), not the page.
    if (isApiUrl(urlPath)) {
      reply.callNotFound();
      return;
    }
    const lookedUp = lookedUpAs(urlPath);
    // Source maps give the source away and weigh megabytes: never served, even if a build left one.
    if (lookedUp === null || lookedUp.endsWith('.map')) return notFound(reply);
    if (lookedUp === HASHED_ASSETS || lookedUp.startsWith(`${HASHED_ASSETS}/`)) {
      return (await sendStaticFile(request, reply, distDir, urlPath, { immutable: true, maxAge: '1y' })) ? reply : notFound(reply);
    }
    reply.header('Cache-Control', 'no-cache');
    if ((await sendStaticFile(request, reply, distDir, urlPath, revalidated)) || (await sendStaticFile(request, reply, distDir, '/index.html', revalidated))) return reply;
    return notFound(reply, 'The web app has not been built: run `pnpm build` (pnpm start does it for you).');
  });
}
