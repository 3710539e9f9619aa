import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';

/** A real JPEG photo of the given size. */
export function jpegPhoto(width = 1200, height = 900): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#6b4f3a' } })
    .jpeg()
    .toBuffer();
}

/** A HEIC photo as an iPhone takes them (HEVC-coded), 64×48. */
export function heicPhoto(): Promise<Buffer> {
  return readFile(new URL('./fixtures/scalp-front.heic', import.meta.url));
}

/** A drawn signature as the web app's canvas exports it. */
export async function signatureDataUrl(): Promise<string> {
  const png = await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/**
 * A one-page doctor's letter as pdf-lib writes it (objects in compressed object
 * streams); `tamper` may add to it before it is saved.
 */
export async function letterPdf(tamper?: (document: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]);
  page.drawText('Medical clearance: fit for scalp micropigmentation.', { x: 72, y: 760, size: 12 });
  await tamper?.(document);
  return Buffer.from(await document.save());
}
