import type { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';

/** A zip archive on its way to the browser as a download, written one file at a time. */
export interface ZipDownload {
  /**
   * Adds a file and waits until it is in the archive (a stream, until it is read to
   * its end): adding the next one only then keeps one file in memory at a time.
   */
  add: (path: string, content: Buffer | Readable) => Promise<void>;
  /** Ends the archive: the download is whole. */
  finish: () => Promise<void>;
  /** Ends the download unfinished: once it has begun, that is all there is left to do, and it cannot pass for whole. */
  cutShort: (error: unknown) => void;
}

/** Starts the download: the answer's headers and then each file as it is added. */
export function startZipDownload(reply: FastifyReply, fileName: string): ZipDownload {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  reply.type('application/zip').headers({ 'Content-Disposition': contentDisposition(fileName), 'X-Content-Type-Options': 'nosniff' });
  void reply.send(archive);
  return {
    add: (path, content) => {
      const added = fileAdded(archive, content);
      archive.append(content, { name: path });
      return added;
    },
    finish: () => archive.finalize(),
    cutShort: (error) => archive.destroy(error instanceof Error ? error : new Error(String(error))),
  };
}

/**
 * Settles once the file is in the archive, or fails: the file's stream fails, or the
 * archive does or is closed first (the browser went away and the archive was destroyed).
 */
function fileAdded(archive: ZipArchive, content: Buffer | Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const closedEarly = () => settle(new Error('The download was closed before it was whole'));
    const settle = (error?: Error) => {
      archive.off('entry', added).off('error', settle).off('close', closedEarly);
      if (error) reject(error);
      else resolve();
    };
    const added = () => settle();
    archive.once('entry', added).once('error', settle).once('close', closedEarly);
    // Kept after the file is added: a stream whose source goes away later (a database
    // connection closed after a download was cut short) has an error nobody awaits.
    if (!Buffer.isBuffer(content)) content.on('error', settle);
  });
}

/** A name from a person or an upload, made safe as one part of a path; `whenNothingIsLeft` when none of it is. */
export function safeFileName(name: string, whenNothingIsLeft = 'file'): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[-.]+|-+$/g, '')
      .slice(0, 80) || whenNothingIsLeft
  );
}
