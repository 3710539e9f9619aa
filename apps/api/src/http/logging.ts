import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { LoggerService } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { pino, type DestinationStream, type Logger } from 'pino';

let stdout: DestinationStream | undefined;

/**
 * Lines go to stdout without blocking the request that logs them: they are written
 * in the background, and flushed synchronously when the process exits (a normal stop
 * and an uncaught error alike). Only a kill that gives no chance to run (SIGKILL, out
 * of memory) can lose the last lines still being written.
 */
export function createLogger(level: string): Logger {
  stdout ??= pino.destination({ dest: 1, sync: false });
  return pino({ level, base: { service: 'smp-api' } }, stdout);
}

const REQUEST_ID_HEADER = 'x-request-id';
const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;
const ROOT_LOGGER = Symbol('root logger');
const REQUEST_LOGGER = Symbol('request logger');

interface LoggedRequest extends FastifyRequest {
  [ROOT_LOGGER]?: Logger;
  [REQUEST_LOGGER]?: Logger;
}

/**
 * Paths whose segment after the prefix is a secret that works without signing in:
 * a client's confirm / reschedule / unsubscribe link (the API's and the web page's)
 * and an artist's calendar feed. Anyone reading the logs could use it.
 */
const SECRET_SEGMENT = /^(\/(?:api\/)?(?:visit|unsubscribe)\/|\/api\/calendar-feeds\/)[^/]+?(\.ics)?(?=\/|$)/;

/** The path as logged: without the query string (searches carry client names), and with link and feed tokens replaced. */
export function loggablePath(url: string): string {
  return url.split('?')[0]!.replace(SECRET_SEGMENT, '$1:token$2');
}

const describeRequest = (request: FastifyRequest) => ({ id: request.id, method: request.method, path: loggablePath(request.url) });

/**
 * The request's id (Fastify's `genReqId`): a caller's own X-Request-Id when it
 * looks sane, else a new one.
 */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * One JSON log line per request (an onRequest hook), tagged with the request's id,
 * which is also sent back as X-Request-Id. Query strings and tokens in paths are
 * not logged (`loggablePath`).
 */
export function requestLogging(logger: Logger) {
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const started = Date.now();
    const response = reply.raw;
    (request as LoggedRequest)[ROOT_LOGGER] = logger;
    reply.header('X-Request-Id', request.id);
    // 'close' follows 'finish' on every response, and comes alone when the caller went away first.
    response.once('close', () => {
      const line = { req: describeRequest(request), res: { statusCode: response.statusCode }, responseTime: Date.now() - started };
      if (!response.writableFinished) logger.warn(line, 'request aborted');
      else if (response.statusCode >= 500) logger.error(line, 'request errored');
      else if (response.statusCode >= 400) logger.warn(line, 'request completed');
      else logger.info(line, 'request completed');
    });
    done();
  };
}

/** The logger of one request, whose lines carry its id, method and path; made when first needed. */
export function requestLog(request: FastifyRequest): Logger | undefined {
  const logged = request as LoggedRequest;
  if (!logged[REQUEST_LOGGER] && logged[ROOT_LOGGER]) logged[REQUEST_LOGGER] = logged[ROOT_LOGGER].child({ req: describeRequest(request) });
  return logged[REQUEST_LOGGER];
}

/** Routes Nest's own messages (start-up, route mapping) into the same JSON log. */
/**
 * Nest's own start-up lines, one per module loaded and per route mapped (about 90),
 * are detail for debugging: at `info` they would bury the line saying where the app runs.
 */
const FRAMEWORK_START_UP = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    if (context !== undefined && FRAMEWORK_START_UP.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
