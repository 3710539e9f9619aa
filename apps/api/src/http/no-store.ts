import type { NextFunction, Request, Response } from 'express';

/**
 * The API's answers carry health data (records, screenings, photos, letters), and
 * front-desk browsers are shared: no browser or proxy may keep a copy. Static
 * documentation assets set their own caching after this.
 */
export function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}
