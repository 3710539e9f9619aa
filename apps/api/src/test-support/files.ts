import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

/** A real JPEG photo of the given size. */
export function jpegPhoto(width = 1200, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#6b4f3a' } }).jpeg().toBuffer();
}

/** A HEIC photo as an iPhone takes them (HEVC-coded), 64×48. */
export function heicPhoto(): Promise<Buffer> {
  return readFile(new URL('./fixtures/scalp-front.heic', import.meta.url));
}

/** A drawn signature as the web app's canvas exports it. */
export async function signatureDataUrl(): Promise<string> {
  const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** A minimal PDF, enough to be recognised as one. */
export const clearanceLetterPdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
