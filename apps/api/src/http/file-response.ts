import type { Response } from 'express';

/**
 * Sends an uploaded file with its stored type (checked by content on upload).
 * Whatever a file holds, the browser may neither guess another type nor run
 * anything in it, and keeps no copy: files are health data, and front-desk
 * browsers are shared. `downloadAs` makes it a download rather than a page.
 */
export function sendStoredFile(response: Response, file: { type: string; bytes: Buffer; downloadAs?: string }): void {
  if (file.downloadAs !== undefined) response.attachment(file.downloadAs);
  response
    .type(file.type)
    .set({
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    })
    .send(file.bytes);
}
