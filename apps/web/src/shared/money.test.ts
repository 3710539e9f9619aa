import { describe, expect, it } from 'vitest';
import { toMajorUnits, toMinorUnits } from './money';

describe('money fields', () => {
  it('read what was typed in major units as minor units, and show minor units back', () => {
    expect(toMinorUnits('12.50', 'USD')).toBe(1250);
    expect(toMinorUnits('0.1', 'USD')).toBe(10);
    expect(toMinorUnits('450', 'JPY')).toBe(450);
    expect(toMinorUnits('', 'USD')).toBeUndefined();
    expect(toMinorUnits('abc', 'USD')).toBeUndefined();
    expect(toMajorUnits(1250, 'USD')).toBe('12.5');
    expect(toMajorUnits(null, 'USD')).toBe('');
  });
});
