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

/**
 * Sends a document the API generated itself (an invoice's PDF), to be shown in the
 * browser's viewer and printed from there, saved under its own name. Unlike an upload
 * it is not sandboxed: Chromium's PDF viewer does not open under a sandbox policy.
 */
export function sendGeneratedDocument(reply: FastifyReply, file: { type: string; bytes: Uint8Array; fileName: string }): void {
  reply
    .type(file.type)
    .headers({ 'Content-Disposition': contentDisposition(file.fileName, { type: 'inline' }), 'X-Content-Type-Options': 'nosniff' })
    .send(Buffer.from(file.bytes));
}
