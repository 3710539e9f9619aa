import { applyDecorators, SetMetadata, type NestInterceptor, type Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants.js';
import { FileInterceptor } from '@nestjs/platform-fastify/multipart';
import { UPLOAD_FILE_FIELD } from '@smp/contracts';

/** A file received by SingleFileUpload: the parts of the uploaded file (multer's shape) the app uses. */
export interface UploadedFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

export const FILE_UPLOAD = 'smp:file-upload';

/** What the OpenAPI document says of an upload, whose file comes in the form field FILE_FIELD beside the fields of the @Body schema. */
export interface FileUploadDoc {
  maxBytes: number;
}

export const FILE_FIELD = UPLOAD_FILE_FIELD;

/**
 * Runs an interceptor before the handler's others, whichever order the decorators
 * are written in: the file must be read before an Idempotency-Key is checked, as
 * the key's fingerprint covers it.
 */
function FirstInterceptor(interceptor: Type<NestInterceptor>): MethodDecorator {
  return (_target, _key, descriptor) => {
    const others = (Reflect.getMetadata(INTERCEPTORS_METADATA, descriptor.value as object) ?? []) as unknown[];
    Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...others], descriptor.value as object);
  };
}

/**
 * Takes the request as a multipart form with one file, in memory, of at most
 * `maxBytes` under the form field `file`; a larger one is answered 413 before the
 * rest is read. Its type is checked from its content by the service that stores it.
 */
export function SingleFileUpload(maxBytes: number) {
  return applyDecorators(
    FirstInterceptor(FileInterceptor(FILE_FIELD, { limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } })),
    SetMetadata(FILE_UPLOAD, { maxBytes } satisfies FileUploadDoc),
  );
}
