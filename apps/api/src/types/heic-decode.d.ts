// heic-decode ships no types; this is the part of its API the app uses.
declare module 'heic-decode' {
  interface DecodedImage {
    width: number;
    height: number;
    /** RGBA, four bytes a pixel. */
    data: Uint8ClampedArray;
  }
  interface PendingImage {
    width: number;
    height: number;
    decode: () => Promise<DecodedImage>;
  }
  interface Decode {
    (input: { buffer: Uint8Array }): Promise<DecodedImage>;
    /** Reads the images' sizes without decoding them; call dispose() when done. */
    all: (input: { buffer: Uint8Array }) => Promise<PendingImage[] & { dispose: () => void }>;
  }
  const decode: Decode;
  export default decode;
}
