import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';

/** Where Vite puts the files whose names carry a hash of their content. */
const HASHED_ASSETS = '/assets';

/**
 * Serves the built web app at `/`. Paths that are not files get index.html so
 * that the app's own router can handle deep links such as /clients/123.
 *
 * A hashed asset never changes under its name, so browsers keep it for a year
 * without asking again; index.html (and anything else) is revalidated on every
 * load, so a new release reaches the front desk at the next page load.
 */
export function webApp(distDir: string, apiPrefix: string): RequestHandler {
  const router = express.Router();
  const indexHtml = path.join(distDir, 'index.html');
  const isApi = (request: Request) => request.path === `/${apiPrefix}` || request.path.startsWith(`/${apiPrefix}/`);

  const noCache = (response: Response) => response.setHeader('Cache-Control', 'no-cache');
  const serveHashedAssets = express.static(path.join(distDir, HASHED_ASSETS), { index: false, immutable: true, maxAge: '1y' });
  const serveOtherFiles = express.static(distDir, { index: false, cacheControl: false, setHeaders: noCache });

  // Source maps give the source away and weigh megabytes: never served, even if a build left one.
  router.get(/\.map$/, (_request: Request, response: Response) => notFound(response));
  router.use(HASHED_ASSETS, serveHashedAssets, (_request: Request, response: Response) => notFound(response));
  router.use(serveOtherFiles);
  router.get(/.*/, (request: Request, response: Response, next: NextFunction) => {
    if (!existsSync(indexHtml)) {
      response.status(404).type('text/plain').send('The web app has not been built: run `pnpm build` (pnpm start does it for you).');
      return;
    }
    // Through the static server, which keeps an ETag for revalidation (the app's own are off).
    request.url = '/index.html';
    serveOtherFiles(request, response, next);
  });
  // API requests never go through the web app's routes.
  return (request, response, next) => (isApi(request) ? next() : router(request, response, next));
}

/**
 * A missing asset (a chunk of an older release, say) is a 404, not index.html:
 * HTML in place of a script would fail with a confusing type error.
 */
function notFound(response: Response): void {
  response.status(404).setHeader('Cache-Control', 'no-cache');
  response.type('text/plain').send('No such file.');
}
