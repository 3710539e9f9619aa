import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitsPerMajor, toMajorUnits, toMinorUnits } from './money';

describe('formatMoney', () => {
  it('turns the API’s minor units into the clinic’s currency', () => {
    expect(formatMoney(300000, 'USD')).toBe('$3,000.00');
    expect(formatMoney(70050, 'EUR')).toBe('€700.50');
    expect(formatMoney(0, 'GBP')).toBe('£0.00');
  });

  it('knows currencies without cents, or with three decimals', () => {
    expect(minorUnitsPerMajor('JPY')).toBe(1);
    expect(formatMoney(450000, 'JPY')).toBe('¥450,000');
    expect(minorUnitsPerMajor('KWD')).toBe(1000);
    expect(formatMoney(12500, 'KWD')).toMatch(/^KWD\s12\.500$/);
  });
});

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
