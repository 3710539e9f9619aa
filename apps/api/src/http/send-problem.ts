import { PROBLEM_MEDIA_TYPE } from '@smp/contracts';
import type { NextFunction, Request, Response } from 'express';
import { errorToProblem } from './error-to-problem.js';
import { ProblemException } from './problem.js';

export function sendProblem(error: unknown, request: Request, response: Response): void {
  const problem = errorToProblem(error);
  if (problem.status >= 500) request.log?.error({ err: error }, 'request failed');
  else request.log?.info({ problem: problem.type, status: problem.status }, 'request refused');
  if (response.headersSent) return;
  if (error instanceof ProblemException) response.set(error.headers);
  response
    .status(problem.status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(JSON.stringify({ ...problem, instance: request.originalUrl, requestId: request.id }));
}

/** For errors raised by Express middleware before Nest routes the request. */
export function problemErrorHandler(error: unknown, request: Request, response: Response, _next: NextFunction): void {
  sendProblem(error, request, response);
}
