import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';

const PREVIEW_SIZE = 1600;
const THUMBNAIL_SIZE = 320;
/** Far beyond any camera (a 48 MP phone photo is 48 million); refused before decoding, so a crafted file cannot exhaust memory. */
const MAX_PHOTO_PIXELS = 100_000_000;

export interface ProcessedPhoto {
  width: number;
  height: number;
  /** JPEG, at most PREVIEW_SIZE on its longer side: what browsers show, HEIC included. */
  preview: Buffer;
  /** JPEG, at most THUMBNAIL_SIZE on its longer side, for grids. */
  thumbnail: Buffer;
}

export class UnreadableImageError extends Error {}

/** libvips cannot read HEVC-coded HEIC; libheif (WebAssembly) decodes it to pixels first, once its size is known to be sane. */
async function openImage(bytes: Buffer, mediaType: string): Promise<Sharp> {
  if (mediaType !== 'image/heic') return sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PHOTO_PIXELS });
  const images = await decodeHeic.all({ buffer: new Uint8Array(bytes) });
  try {
    const first = images[0]!;
    if (first.width * first.height > MAX_PHOTO_PIXELS) throw new Error(`${first.width}×${first.height} is more pixels than a photo has`);
    const image = await first.decode();
    return sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 4 } });
  } finally {
    images.dispose();
  }
}

/** The whole image, turned upright by its EXIF orientation, as raw pixels. Throws UnreadableImageError for a broken file. */
async function decodeUpright(bytes: Buffer, mediaType: string) {
  try {
    return await (await openImage(bytes, mediaType)).rotate().raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw new UnreadableImageError('The file could not be read as an image', { cause: error });
  }
}

/**
 * Reads the whole image as processPhoto does, keeping nothing: a file that only
 * starts like an image (a web page behind a JPEG header) is refused.
 */
export async function assertReadableImage(bytes: Buffer, mediaType: string): Promise<void> {
  await decodeUpright(bytes, mediaType);
}

/**
 * Reads the whole image, turned upright by its EXIF orientation, and makes the
 * preview and thumbnail. Both are re-encoded without metadata, so no camera or
 * location data leaves the original. Throws UnreadableImageError for a broken file.
 */
export async function processPhoto(bytes: Buffer, mediaType: string): Promise<ProcessedPhoto> {
  const upright = await decodeUpright(bytes, mediaType);
  const raw = { width: upright.info.width, height: upright.info.height, channels: upright.info.channels };
  const resized = (size: number) =>
    sharp(upright.data, { raw }).resize(size, size, { fit: 'inside', withoutEnlargement: true }).flatten({ background: '#ffffff' }).jpeg({ quality: 82 }).toBuffer();
  return { width: upright.info.width, height: upright.info.height, preview: await resized(PREVIEW_SIZE), thumbnail: await resized(THUMBNAIL_SIZE) };
}
