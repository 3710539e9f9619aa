import { FileInterceptor } from '@nestjs/platform-express';

/** A file received by SingleFileUpload: the parts of multer's file the app uses. */
export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Accepts one file, in memory, of at most `maxBytes` under the form field `file`;
 * a larger one is answered 413 before the rest is read. Its type is checked from
 * its content by the service that stores it.
 */
export function SingleFileUpload(maxBytes: number) {
  return FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });
}
