import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

/**
 * Serves the built web app at `/`. Paths that are not files get index.html so
 * that the app's own router can handle deep links such as /clients/123.
 */
export function webApp(distDir: string, apiPrefix: string): Router {
  const router = express.Router();
  const indexHtml = path.join(distDir, 'index.html');
  const isApi = (request: Request) => request.path === `/${apiPrefix}` || request.path.startsWith(`/${apiPrefix}/`);

  const serveFiles = express.static(distDir, { index: false, maxAge: '1h' });

  router.use((request: Request, response: Response, next: NextFunction) => {
    if (isApi(request)) return next();
    return serveFiles(request, response, next);
  });
  router.get(/.*/, (request: Request, response: Response, next: NextFunction) => {
    if (isApi(request)) return next();
    if (!existsSync(indexHtml)) {
      response.status(404).type('text/plain').send('The web app has not been built: run `pnpm build` (pnpm start does it for you).');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
  return router;
}
