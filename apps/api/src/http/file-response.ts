import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

/**
 * Sends an uploaded file with its stored type (checked by content on upload).
 * Whatever a file holds, the browser may neither guess another type nor run
 * anything in it (like every API answer, it is not cached either: see no-store.ts).
 * `downloadAs` makes it a download rather than a page.
 */
export function sendStoredFile(reply: FastifyReply, file: { type: string; bytes: Buffer; downloadAs?: string }): void {
  if (file.downloadAs !== undefined) reply.header('Content-Disposition', contentDisposition(file.downloadAs));
  reply
    .type(file.type)
    .headers({
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
    })
    .send(file.bytes);
}
