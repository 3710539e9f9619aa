import type { FastifyReply } from 'fastify';
import { startZipDownload } from '../http/zip-download.js';
import type { FileStorage } from '../storage/file-storage.js';
import type { ArchiveFile } from './record-contents.js';

/** Streams the files as one zip download, stored files read one at a time as their turn comes, so a client with many photos never has them all in memory at once. */
export async function streamZip(reply: FastifyReply, fileName: string, files: readonly ArchiveFile[], storage: FileStorage): Promise<void> {
  const download = startZipDownload(reply, fileName);
  try {
    for (const file of files) {
      await download.add(file.path, Buffer.from('storageKey' in file.content ? await storage.read(file.content.storageKey) : file.content));
    }
    await download.finish();
  } catch (error) {
    download.cutShort(error);
    throw error;
  }
}
