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

/** The columns of a photo's row that say what was stored: its type, size and the keys of its three files. */
export function storedPhotoColumns(type: SniffedType, original: Buffer, processed: ProcessedPhoto, files: ReturnType<typeof photoFiles>) {
  return {
    mediaType: type,
    byteSize: original.length,
    width: processed.width,
    height: processed.height,
    originalKey: files[0].key,
    previewKey: files[1].key,
    thumbnailKey: files[2].key,
  };
}

interface StoredFile {
  key: string;
  bytes: Buffer;
}
