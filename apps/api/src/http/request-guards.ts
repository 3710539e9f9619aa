import type { NextFunction, Request, Response } from 'express';
import { unsupportedMediaTypeProblem } from './problem.js';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * The API speaks JSON, and takes files as multipart forms; any other body is
 * refused before it is read. Bodies are small, so compressed ones are refused
 * too: inflating them would only add a way to fail (a broken stream) and to
 * grow a small request past the size limit.
 */
export function requireJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request)) {
    next();
    return;
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    next(unsupportedMediaTypeProblem('Send the request body uncompressed: Content-Encoding is not accepted'));
    return;
  }
  if (!request.is(['application/json', 'multipart/form-data'])) {
    next(unsupportedMediaTypeProblem('Send the request body as application/json (files as multipart/form-data)'));
    return;
  }
  next();
}
