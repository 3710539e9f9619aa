/**
 * A JSON token written into a body as is, for what JSON.stringify cannot say:
 * negative zero, numbers beyond a double, duplicate keys.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

export interface Hostile {
  label: string;
  value: unknown;
}

/** Strings that have broken servers: control characters, broken UTF-16, bidi and invisible marks, sizes. */
export const hostileStrings: Hostile[] = [
  { label: 'NUL byte', value: 'a\u0000b' },
  { label: 'only NUL', value: '\u0000' },
  { label: 'lone high surrogate', value: 'a\ud800b' },
  { label: 'lone low surrogate', value: '\udfff' },
  { label: 'RTL override', value: '\u202eevil\u202c' },
  { label: 'zero-width only', value: '\u200b\u200c\u200d\ufeff' },
  { label: 'emoji', value: '👩🏽‍⚕️💉🧑‍🦲' },
  { label: 'combining marks', value: 'Z̴̡̪̫͖͚̞͎̈́̓͑̈́̕a̶l̷g̵o' },
  { label: 'control characters', value: '\u0001\u0007\b\u001b[31m\r\n' },
  { label: 'empty', value: '' },
  { label: 'whitespace only', value: ' \t\n ' },
  { label: '50k chars', value: 'y'.repeat(50_000) },
  { label: '100k chars', value: 'x'.repeat(100_000) },
  { label: 'SQL', value: "'; DROP TABLE clients; --" },
  { label: 'LIKE wildcards', value: '%_\\%' },
  { label: 'regex bomb', value: `${'a'.repeat(5000)}!` },
  { label: 'html', value: '<script>alert(1)</script>' },
  { label: 'prototype key', value: '__proto__' },
];

export const hostileNumbers: Hostile[] = [
  { label: '1e308', value: 1e308 },
  { label: '-1e308', value: -1e308 },
  { label: 'overflowing 1e400', value: new RawJson('1e400') },
  { label: '-0', value: new RawJson('-0') },
  { label: 'max safe + 2', value: new RawJson('9007199254740993') },
  { label: '2^31', value: 2147483648 },
  { label: '-2^31 - 1', value: -2147483649 },
  { label: 'fraction', value: 0.5 },
  { label: 'tiny', value: 5e-324 },
  { label: '"NaN"', value: 'NaN' },
  { label: '"Infinity"', value: 'Infinity' },
  { label: 'numeric string', value: '42' },
];

export const hostileDates: Hostile[] = [
  { label: 'year 0', value: '0000-01-01' },
  { label: 'year 9999 end', value: '9999-12-31T23:59:59Z' },
  { label: 'year 9999 day', value: '9999-12-31' },
  { label: '30 February', value: '2026-02-30' },
  { label: '30 February instant', value: '2026-02-30T10:00:00Z' },
  { label: 'hour 24', value: '2026-03-01T24:00:00Z' },
  { label: 'offset +14:00', value: '2026-03-01T10:00:00+14:00' },
  { label: 'leap second', value: '2026-06-30T23:59:60Z' },
  { label: 'expanded year', value: '+275760-09-13T00:00:00Z' },
  { label: 'negative year', value: '-000001-01-01' },
  { label: 'epoch', value: '1970-01-01T00:00:00Z' },
  { label: 'before 1900', value: '1899-12-31' },
];

/** Values of the wrong JSON type for any field. */
export const wrongTypes: Hostile[] = [
  { label: 'null', value: null },
  { label: 'true', value: true },
  { label: 'number', value: 12345 },
  { label: 'string', value: 'not the right type' },
  { label: 'array', value: ['a', 1, null] },
  { label: 'object', value: { nested: { deeper: [1] } } },
  { label: 'empty object', value: {} },
  { label: 'empty array', value: [] },
];

export const allHostileValues: Hostile[] = [...hostileStrings, ...hostileNumbers, ...hostileDates, ...wrongTypes];

/** The values of `list` with these labels. */
export function pick(list: Hostile[], labels: string[]): Hostile[] {
  return list.filter((hostile) => labels.includes(hostile.label));
}

/** Ids that are not the id of the record the path names. */
export const hostileIds: Hostile[] = [
  { label: 'dot-dot-slash', value: '../' },
  { label: 'encoded dot-dot-slash', value: '..%2F..%2Fhealth' },
  { label: 'encoded NUL', value: '%00' },
  { label: 'uuid with NUL', value: '00000000-0000-4000-8000-00000000000%00' },
  { label: '10k chars', value: 'x'.repeat(10_000) },
  { label: 'missing uuid', value: '4f1b2c3d-0000-4000-8000-000000000001' },
  { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { label: 'zero', value: '0' },
  { label: 'minus one', value: '-1' },
  { label: 'bad percent', value: '%E0%A4%A' },
  { label: 'encoded emoji', value: encodeURIComponent('👩🏽‍⚕️') },
  { label: 'uppercase uuid', value: 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE' },
];

/** Query values: the hostile strings as a URL carries them, and shapes the query parser may build. */
export const hostileQueryValues: Hostile[] = [
  // One huge value is enough in a URL.
  ...hostileStrings.filter((hostile) => hostile.label !== '50k chars'),
  ...pick(hostileDates, ['year 0', '30 February', 'year 9999 end']),
  { label: '1e308', value: '1e308' },
  { label: '-0', value: '-0' },
  { label: 'NaN', value: 'NaN' },
  { label: '-1', value: '-1' },
];
