import type { NextFunction, Request, Response } from 'express';
import { ProblemException } from './problem.js';
import { problemTypes } from '@smp/contracts';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/** The API speaks JSON, and takes files as multipart forms; any other body is refused before it is read. */
export function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  if (METHODS_WITH_BODY.has(request.method) && hasBody(request) && !request.is(['application/json', 'multipart/form-data'])) {
    next(
      new ProblemException({
        type: problemTypes.unsupportedMediaType,
        title: 'Unsupported media type',
        status: 415,
        detail: 'Send the request body as application/json (files as multipart/form-data)',
      }),
    );
    return;
  }
  next();
}
