import type { CLEARANCE_MEDIA_TYPES, PHOTO_MEDIA_TYPES } from '@smp/contracts';
import { unsupportedMediaTypeProblem, validationProblem } from '../http/problem.js';
import type { UploadedFile } from '../http/uploads.js';

/**
 * The type of an uploaded file read from its first bytes, never from its name or
 * the type the browser claims: a script renamed photo.jpg is not a photo.
 */
export type SniffedType = (typeof PHOTO_MEDIA_TYPES)[number] | (typeof CLEARANCE_MEDIA_TYPES)[number];

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

function startsWith(bytes: Buffer, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

export function sniffFileType(bytes: Buffer): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.toString('latin1', 4, 8) === 'ftyp' && HEIC_BRANDS.has(bytes.toString('latin1', 8, 12))) return 'image/heic';
  if (bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export const FILE_EXTENSIONS: Record<SniffedType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

/**
 * An upload's type by its content when it is one of `accepted`: a missing or empty
 * file is refused as bad input (400), any other type as unsupported (415).
 */
export function acceptedUpload<T extends SniffedType>(
  file: UploadedFile | undefined,
  accepted: ReadonlySet<T>,
  refusals: { missing: string; unsupported: string },
): { file: UploadedFile; type: T } {
  if (!file || file.size === 0) throw validationProblem([{ field: 'file', message: refusals.missing }]);
  const type = sniffFileType(file.buffer);
  if (!type || !accepted.has(type as T)) throw unsupportedMediaTypeProblem(refusals.unsupported, 'file');
  return { file, type: type as T };
}
