import { describe, expect, it } from '@jest/globals';
import { sniffFileType } from './file-types.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe('sniffFileType', () => {
  it('recognises each accepted type by its first bytes', () => {
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'))).toBe('image/jpeg');
    expect(sniffFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe('image/png');
    expect(sniffFileType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffFileType(bytes([0, 0, 0, 0x1c], 'ftypheic', [0, 0, 0, 0]))).toBe('image/heic');
    expect(sniffFileType(bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0]))).toBe('image/heic');
    expect(sniffFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('refuses everything else, whatever it is called', () => {
    expect(sniffFileType(bytes('<script>alert(1)</script>'))).toBeNull();
    expect(sniffFileType(bytes([0, 0, 0, 0x1c], 'ftypmp42'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
    expect(sniffFileType(bytes([0xff, 0xd8]))).toBeNull();
  });
});
