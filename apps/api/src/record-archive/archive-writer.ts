import { once } from 'node:events';
import { ZipArchive } from 'archiver';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import type { FileStorage } from '../storage/file-storage.js';
import type { ArchiveFile } from './record-contents.js';

/**
 * Streams the files as one zip download. Stored files are read one at a time, each
 * once the last has gone into the archive, so a client with many photos never has
 * them all in memory at once.
 */
export async function streamZip(reply: FastifyReply, fileName: string, files: readonly ArchiveFile[], storage: FileStorage): Promise<void> {
  const archive = new ZipArchive({ zlib: { level: 6 } });
  reply.type('application/zip').headers({ 'Content-Disposition': contentDisposition(fileName), 'X-Content-Type-Options': 'nosniff' });
  void reply.send(archive);
  try {
    for (const file of files) {
      const bytes = 'storageKey' in file.content ? await storage.read(file.content.storageKey) : file.content;
      const added = once(archive, 'entry');
      archive.append(Buffer.from(bytes), { name: file.path });
      await added;
    }
    await archive.finalize();
  } catch (error) {
    // The download has begun: all that is left is to cut it short, so it cannot pass for whole.
    archive.destroy(error as Error);
    throw error;
  }
}
