import { PROBLEM_MEDIA_TYPE, problemTypes } from '@smp/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorToProblem } from './error-to-problem.js';
import { requestLog } from './logging.js';
import type { ProblemBody } from './problem.js';

/** Only our own faults carry a stack: refused input and an absent database are expected. */
function logProblem(problem: ProblemBody, error: unknown, request: FastifyRequest): void {
  const log = requestLog(request);
  if (problem.type === problemTypes.internal) log?.error({ err: error }, 'request failed');
  else if (problem.status >= 500) log?.warn({ problem: problem.type, status: problem.status, reason: error instanceof Error ? error.message : String(error) }, 'request not served');
  else log?.info({ problem: problem.type, status: problem.status }, 'request refused');
}

export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const problem = errorToProblem(error);
  logProblem(problem, error, request);
  if (reply.sent || reply.raw.headersSent) return;
  if (typeof problem.retryAfterSeconds === 'number') reply.header('Retry-After', String(problem.retryAfterSeconds));
  reply
    .code(problem.status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.url, requestId: request.id }));
}
