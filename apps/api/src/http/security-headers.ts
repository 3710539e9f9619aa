import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

type HeaderChange = { set: string; value: string | number | readonly string[] } | { remove: string };

/**
 * Helmet's default headers, worked out once: they are the same for every response
 * (no per-request nonce), so helmet runs once against a recorder and each request
 * only replays what it did; its chain of a dozen middlewares cost a few percent of
 * a request.
 */
export function securityHeaders() {
  const changes: HeaderChange[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => changes.push({ set: name, value }),
    removeHeader: (name: string) => changes.push({ remove: name }),
  };
  helmet()({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return (_request: Request, response: Response, next: NextFunction): void => {
    for (const change of changes) {
      if ('set' in change) response.setHeader(change.set, change.value);
      else response.removeHeader(change.remove);
    }
    next();
  };
}
