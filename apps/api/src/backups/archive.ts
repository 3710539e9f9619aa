import * as tar from 'tar';

/** Packs the contents of `folder` into one gzipped tar file. */
export async function packFolder(folder: string, archive: string): Promise<void> {
  await tar.create({ gzip: true, file: archive, cwd: folder, portable: true }, ['.']);
}

/** Unpacks a gzipped tar file into `folder`; entries that would land outside it, and links, are refused by tar. */
export async function unpackArchive(archive: string, folder: string): Promise<void> {
  await tar.extract({ file: archive, cwd: folder, strict: true, preservePaths: false, filter: (_path, entry) => !('type' in entry) || entry.type === 'File' || entry.type === 'Directory' });
}
