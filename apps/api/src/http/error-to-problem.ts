import { HttpException } from '@nestjs/common';
import { problemTypes } from '@smp/contracts';
import { isDatabaseUnavailable } from '../database/connection-errors.js';
import { ProblemException, type ProblemBody } from './problem.js';

/** How long a caller should wait before retrying while the database is away: a restart takes seconds. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The database cannot be reached. Sent with Retry-After (from `retryAfterSeconds`):
 * a read may simply be repeated, a creation safely so with an Idempotency-Key.
 */
export function databaseUnavailableProblem(): ProblemBody {
  return {
    type: problemTypes.unavailable,
    title: 'Service unavailable',
    status: 503,
    detail: 'The database is not reachable at the moment; try again shortly',
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  };
}

/** Why a body that is neither JSON nor a multipart form is refused. */
export const NOT_JSON = 'Send the request body as application/json (files as multipart/form-data)';

const titles: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Request too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  503: 'Service unavailable',
};

const typesByStatus: Record<number, string> = {
  404: problemTypes.notFound,
  405: problemTypes.methodNotAllowed,
  409: problemTypes.conflict,
  413: problemTypes.payloadTooLarge,
  415: problemTypes.unsupportedMediaType,
  503: problemTypes.unavailable,
};

interface FastifyError {
  code: string;
  statusCode?: number;
  message: string;
}

/**
 * Fastify's own errors (reading a body, a malformed address) carry a code such as
 * FST_ERR_CTP_BODY_TOO_LARGE; Nest hands the 4xx ones on inside an HttpException.
 */
function fastifyError(error: unknown): FastifyError | undefined {
  const candidate = (error instanceof HttpException ? error.cause : error) as Partial<FastifyError> | undefined;
  return typeof candidate?.code === 'string' && candidate.code.startsWith('FST_') ? (candidate as FastifyError) : undefined;
}

/** PostgreSQL error codes, as surfaced by pg and by Prisma's driver adapter. */
function postgresCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null | undefined;
  const adapterCode = candidate?.meta?.driverAdapterError?.cause?.originalCode;
  if (typeof adapterCode === 'string') return adapterCode;
  if (typeof candidate?.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate.code;
  return candidate?.cause ? postgresCode(candidate.cause) : undefined;
}

/**
 * Which of the constraints `names` matches refused the write, read from the error's
 * message or its cause's: a trigger's RAISE names its constraint there too.
 */
export function refusingConstraint(error: unknown, names: RegExp): string | undefined {
  const text = error instanceof Error ? `${error.message} ${error.cause instanceof Error ? error.cause.message : ''}` : '';
  return names.exec(text)?.[0];
}

/** A unique constraint refused the write: a service that knows which one can say what it means. */
export function isUniqueViolation(error: unknown): boolean {
  return postgresCode(error) === '23505';
}

function fromStatus(status: number, detail?: string): ProblemBody {
  return {
    type: typesByStatus[status] ?? (status >= 500 ? problemTypes.internal : 'about:blank'),
    title: titles[status] ?? (status >= 500 ? 'Internal error' : 'Request failed'),
    status,
    ...(detail ? { detail } : {}),
  };
}

/**
 * Maps anything thrown while serving a request to the problem+json body that
 * answers it. Unexpected errors become a 500 without internal details.
 */
export function errorToProblem(error: unknown): ProblemBody {
  if (error instanceof ProblemException) return error.problem;

  const fastify = fastifyError(error);
  switch (fastify?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return fromStatus(413, 'The request body is larger than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return fromStatus(415, NOT_JSON);
    case 'FST_ERR_BAD_URL':
      return fromStatus(400, 'The address has a malformed %-escape');
  }
  // Any other refusal of Fastify's is about the request, in its own words.
  if (fastify?.statusCode !== undefined && fastify.statusCode < 500) return fromStatus(fastify.statusCode, fastify.message);

  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    return fromStatus(status, typeof message === 'string' ? message : undefined);
  }

  if (isDatabaseUnavailable(error)) return databaseUnavailableProblem();

  switch (postgresCode(error)) {
    case '23505':
      return fromStatus(409, 'A record with the same unique value already exists');
    case '23503':
      return fromStatus(409, 'The record refers to, or is referred to by, another record');
    case '23P01':
      return fromStatus(409, 'The record overlaps another one that is already there');
    case '23514':
    case '23502':
    case '22001':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22021':
    case '22P05':
      return { ...fromStatus(400, 'The database rejected a value as out of range or malformed'), type: problemTypes.validation, title: 'Invalid input' };
    case '40001':
    case '40P01':
      return fromStatus(409, 'The record changed at the same moment; try again');
    default:
      return fromStatus(500, 'Something went wrong on our side; the error has been logged');
  }
}
