import { validationProblem } from '../http/problem.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG a client drew, from the data URL the contracts accept; anything but a PNG is no signature. */
export function signaturePng(dataUrl: string): Uint8Array<ArrayBuffer> {
  const signature = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (!signature.subarray(0, 8).equals(PNG_SIGNATURE)) throw validationProblem([{ field: 'signature', message: 'Draw the signature' }]);
  return new Uint8Array(signature);
}

export function signatureDataUrl(png: Uint8Array): string {
  return `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
}
