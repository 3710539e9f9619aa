import type { Response } from 'express';

/**
 * Sends an uploaded file with its stored type (checked by content on upload).
 * Whatever a file holds, the browser may neither guess another type nor run
 * anything in it (like every API answer, it is not cached either: see no-store.ts).
 * `downloadAs` makes it a download rather than a page.
 */
export function sendStoredFile(response: Response, file: { type: string; bytes: Buffer; downloadAs?: string }): void {
  if (file.downloadAs !== undefined) response.attachment(file.downloadAs);
  response
    .type(file.type)
    .set({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    })
    .send(file.bytes);
}
