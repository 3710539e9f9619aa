import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where Vite puts the files whose names carry a hash of their content. */
const HASHED_ASSETS = 'assets';
const INDEX_HTML = 'index.html';

/** Whether `relativePath` names a file of `root` that may be served: inside it, and no dotfile or source map. */
async function isServable(root: string, relativePath: string): Promise<boolean> {
  if (relativePath.split('/').some((segment) => segment.startsWith('.'))) return false;
  const file = path.resolve(root, relativePath);
  if (!file.startsWith(root + path.sep)) return false;
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

/**
 * A missing asset (a chunk of an older release, say) is a 404, not index.html:
 * HTML in place of a script would fail with a confusing type error.
 */
function notFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).header('Cache-Control', 'no-cache').type('text/plain; charset=utf-8').send('No such file.');
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
export async function serveWebApp(instance: FastifyInstance, distDir: string, apiPrefix: string): Promise<void> {
  const root = path.resolve(distDir);
  await instance.register(fastifyStatic, { root, serve: false, index: false });
  const isApi = (relativePath: string) => relativePath === apiPrefix || relativePath.startsWith(`${apiPrefix}/`);
  const revalidated = (reply: FastifyReply, file: string) => reply.header('Cache-Control', 'no-cache').sendFile(file, { cacheControl: false });

  instance.get('/*', async (request, reply) => {
    const relativePath = (request.params as { '*': string })['*'];
    // API requests never go through the web app's routes.
    if (isApi(relativePath)) return reply.callNotFound();
    // Source maps give the source away and weigh megabytes: never served, even if a build left one.
    if (relativePath.endsWith('.map')) return notFound(reply);
    const servable = await isServable(root, relativePath);
    if (relativePath === HASHED_ASSETS || relativePath.startsWith(`${HASHED_ASSETS}/`)) {
      return servable ? reply.sendFile(relativePath, { immutable: true, maxAge: '1y' }) : notFound(reply);
    }
    if (servable) return revalidated(reply, relativePath);
    if (!(await isServable(root, INDEX_HTML))) {
      return reply.code(404).type('text/plain; charset=utf-8').send('The web app has not been built: run `pnpm build` (pnpm start does it for you).');
    }
    return revalidated(reply, INDEX_HTML);
  });
}
