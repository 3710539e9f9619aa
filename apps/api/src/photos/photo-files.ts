import { FILE_EXTENSIONS, type SniffedType } from '../storage/file-types.js';
import type { ProcessedPhoto } from './image-processing.js';

/** Where a photo's original, preview and thumbnail are stored, in that order, with their bytes. */
export function photoFiles(clientId: string, photoId: string, type: SniffedType, original: Buffer, processed: ProcessedPhoto): [StoredFile, StoredFile, StoredFile] {
  const folder = `photos/${clientId}/${photoId}`;
  return [
    { key: `${folder}/original.${FILE_EXTENSIONS[type]}`, bytes: original },
    { key: `${folder}/preview.jpg`, bytes: processed.preview },
    { key: `${folder}/thumbnail.jpg`, bytes: processed.thumbnail },
  ];
}

interface StoredFile {
  key: string;
  bytes: Buffer;
}
