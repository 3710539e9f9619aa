import { describe, expect, it } from '@jest/globals';
import { safeFileName } from './zip-download.js';

describe('a file name in a zip download', () => {
  it('keeps letters, digits, dots and dashes, and nothing that could climb out of its folder', () => {
    expect(safeFileName('Letter from Dr. Müller.pdf')).toBe('Letter-from-Dr.-Muller.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('...')).toBe('file');
  });

  it('is the fallback given when nothing of the name is left', () => {
    expect(safeFileName('東京クリニック', 'clinic')).toBe('clinic');
  });
});
