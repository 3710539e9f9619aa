import 'reflect-metadata';
import { StandardSchemaValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CSRF_HEADER } from '@smp/contracts';
import compression from 'compression';
import express from 'express';
import type { Logger } from 'pino';
import swaggerUiDist from 'swagger-ui-dist';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/config.js';
import { createLogger, NestPinoLogger, requestLogging } from './http/logging.js';
import { issuesToFieldErrors, validationProblem } from './http/problem.js';
import { ProblemFilter } from './http/problem.filter.js';
import { noStore } from './http/no-store.js';
import { requireJsonBodies } from './http/request-guards.js';
import { API_PREFIX } from './http/route-catalog.js';
import { securityHeaders } from './http/security-headers.js';
import { problemErrorHandler } from './http/send-problem.js';
import { webApp } from './http/web-app.js';

export const JSON_BODY_LIMIT = '100kb';

export interface AppOptions {
  config: AppConfig;
  /** The app's own database login (smp_app), never the tables' owner. */
  databaseUrl: string;
  logger?: Logger;
}

/**
 * The whole HTTP application, not yet listening: main.ts starts it on a port,
 * tests drive it through supertest.
 */
export async function createApp({ config, databaseUrl, logger = createLogger(config.logLevel) }: AppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger: new NestPinoLogger(logger),
  });

  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', config.trustProxy);
  // API answers are never stored (noStore), so nothing would ever revalidate against an
  // ETag: hashing every body for one is wasted. Files keep theirs (see webApp).
  app.set('etag', false);
  // Closed unless origins are listed: the web app is served from the API's own origin.
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: true, allowedHeaders: ['Content-Type', 'Authorization', CSRF_HEADER] });
  }
  app.use(securityHeaders());
  // Brotli or gzip, as the browser asks, for text (JSON, HTML, scripts, CSV); images,
  // PDFs and other compressed formats go as they are. The session cookie is SameSite,
  // so another site cannot make a browser send it along to measure compressed answers.
  app.use(compression());
  app.use(requestLogging(logger));
  app.use(`/${API_PREFIX}`, noStore, requireJsonBodies, express.json({ limit: JSON_BODY_LIMIT, strict: true }), problemErrorHandler);
  app.use(`/${API_PREFIX}/docs/assets`, express.static(swaggerUiDist.getAbsoluteFSPath(), { index: false }));
  app.use(webApp(config.webDistDir, API_PREFIX));

  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(
    new StandardSchemaValidationPipe({
      exceptionFactory: (issues) => validationProblem(issuesToFieldErrors(issues)),
    }),
  );
  return app;
}
