import 'reflect-metadata';
import fastifyCompress from '@fastify/compress';
import { StandardSchemaValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER } from '@smp/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import swaggerUiDist from 'swagger-ui-dist';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { closeConnectionsOnStop } from './http/close-connections-on-stop.js';
import { acceptJsonBodies } from './http/json-body.js';
import { createLogger, NestPinoLogger, requestIdOf, requestLogging } from './http/logging.js';
import { issuesToFieldErrors, validationProblem } from './http/problem.js';
import { ProblemFilter } from './http/problem.filter.js';
import { noStore } from './http/no-store.js';
import { requireJsonBodies } from './http/request-guards.js';
import { API_PREFIX, isApiUrl } from './http/api-prefix.js';
import { securityHeaders } from './http/security-headers.js';
import { sendProblem } from './http/send-problem.js';
import { pathOf, sendStaticFile } from './http/static-files.js';
import { serveWebApp } from './http/web-app.js';

export interface AppOptions {
  config: AppConfig;
  /** The app's own database login (smp_app), never the tables' owner. */
  databaseUrl: string;
  logger?: Logger;
}

type Hook = (request: FastifyRequest, reply: FastifyReply, done: () => void) => void;

/** What every answer gets, a refused address included: its log line and id, then the browser protections. */
function everyAnswer(logger: Logger): Hook {
  const logLine = requestLogging(logger);
  const protections = securityHeaders();
  return (request, reply, done) => logLine(request, reply, () => protections(request, reply, done));
}

/** Hooks of every request: what every answer gets, then for the API: never stored, and only JSON or multipart bodies. */
function addRequestHooks(instance: FastifyInstance, answerHook: Hook): void {
  instance.addHook('onRequest', answerHook);
  instance.addHook('onRequest', (request, reply, done) => (isApiUrl(request.url) ? noStore(request, reply, done) : done()));
  instance.addHook('onRequest', (request, reply, done) => (isApiUrl(request.url) ? requireJsonBodies(request, reply, done) : done()));
}

/** The scripts and styles of the API's documentation page (Swagger UI), revalidated on every load. */
function serveDocsAssets(instance: FastifyInstance): void {
  const prefix = `/${API_PREFIX}/docs/assets`;
  const root = swaggerUiDist.getAbsoluteFSPath();
  instance.get(`${prefix}/*`, async (request, reply) => ((await sendStaticFile(request, reply, root, pathOf(request).slice(prefix.length))) ? reply : reply.callNotFound()));
}

/**
 * The whole HTTP application, not yet listening: main.ts starts it on a port,
 * tests drive it through supertest once `app.init()` has run.
 */
export async function createApp({ config, databaseUrl, logger = createLogger(config.logLevel) }: AppOptions): Promise<NestFastifyApplication> {
  const answerHook = everyAnswer(logger);
  // Fastify sends no X-Powered-By and no ETag of its own: API answers are never
  // stored (noStore), so nothing would revalidate against one. Files keep theirs.
  const adapter = new FastifyAdapter({
    // The router refuses a malformed address before any hook runs: the refusal still
    // gets its log line, id and browser protections, as problem+json.
    frameworkErrors: (error: Error, request: FastifyRequest, reply: FastifyReply) => answerHook(request, reply, () => sendProblem(error, request, reply)),
    // TRUST_PROXY counts the proxies in front whose X-Forwarded-For is believed.
    trustProxy: (_address: string, hop: number) => hop < config.trustProxy,
    genReqId: requestIdOf,
    // Paths match in any case and with or without a trailing slash; ids of any length reach the contracts, which judge them.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 2048 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl), adapter, {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });
  const instance = adapter.getInstance();

  // Closed unless origins are listed: the web app is served from the API's own origin.
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: true, allowedHeaders: ['Content-Type', 'Authorization', CSRF_HEADER] });
  }
  addRequestHooks(instance, answerHook);
  closeConnectionsOnStop(instance);
  acceptJsonBodies(instance);
  // Brotli or gzip, as the browser asks, for text (JSON, HTML, scripts, CSV) of 1 kB
  // or more; images, PDFs and other compressed formats go as they are. The session
  // cookie is SameSite, so another site cannot make a browser send it along to
  // measure compressed answers. Request bodies are never inflated (requireJsonBodies).
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024, globalDecompression: false });
  serveDocsAssets(instance);
  serveWebApp(instance, config.webDistDir);

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(
    new StandardSchemaValidationPipe({
      exceptionFactory: (issues) => validationProblem(issuesToFieldErrors(issues)),
    }),
  );
  return app;
}
