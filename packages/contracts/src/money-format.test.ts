import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitsPerMajor } from './money-format.js';

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

describe('formatMoney by currency code', () => {
  it('names the currency by its code, for fonts that lack its symbol', () => {
    expect(formatMoney(150000, 'INR', 'code')).toMatch(/^INR\s1,500\.00$/);
    expect(formatMoney(-2500, 'USD', 'code')).toMatch(/^-USD\s25\.00$/);
  });
});
