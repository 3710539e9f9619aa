import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { consultationRecordSchema } from './consultations.js';
import { clientInputSchema } from './clients.js';
import { isoDate } from './fields.js';
import { setDateWording } from './messages.js';

const messageOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues[0]!.message;
};

describe('plain-word messages', () => {
  it('says Required for whatever is missing, including a blank select or number', () => {
    expect(messageOf(z.object({ name: z.string() }), {})).toBe('Required');
    expect(messageOf(z.enum(['a', 'b']), '')).toBe('Required');
    expect(messageOf(z.number(), Number.NaN)).toBe('Required');
    expect(messageOf(z.string().min(1), '')).toBe('Required');
    expect(messageOf(z.uuid(), '')).toBe('Required');
  });

  it('asks for one of the options instead of listing the raw values', () => {
    const message = messageOf(consultationRecordSchema.shape.transplantHistory, 'hair plugs');
    expect(message).toBe('Choose one of the options');
    expect(messageOf(z.union([z.literal(5), z.literal(10)]), 7)).toBe('Choose one of the options');
  });

  it('names the limit in characters, items or the number itself', () => {
    expect(messageOf(z.string().min(8), 'short')).toBe('At least 8 characters');
    expect(messageOf(z.string().max(3), 'longer')).toBe('At most 3 characters');
    expect(messageOf(z.string().length(1), 'ab')).toBe('Exactly 1 character');
    expect(messageOf(z.array(z.string()).min(1), [])).toBe('Choose at least 1');
    expect(messageOf(z.number().min(15), 10)).toBe('At least 15');
    expect(messageOf(z.number().max(120), 200)).toBe('At most 120');
    expect(messageOf(z.number().positive(), 0)).toBe('More than 0');
    expect(messageOf(z.number().multipleOf(5), 7)).toBe('Must be a multiple of 5');
  });

  it('says what to enter for the wrong kind of value', () => {
    expect(messageOf(z.number(), 'ten')).toBe('Enter a number');
    expect(messageOf(z.number().int(), 1.5)).toBe('Enter a whole number');
    expect(messageOf(z.boolean(), 'yes')).toBe('Choose yes or no');
    expect(messageOf(z.string(), 42)).toBe('Enter text');
  });

  it('shows the expected shape of an email, a date and a time', () => {
    expect(messageOf(z.email(), 'grace@')).toBe('Enter a valid email address, like name@example.com');
    expect(messageOf(z.iso.date(), '3/12/2026')).toBe('Enter a date as YYYY-MM-DD');
    expect(messageOf(z.iso.time({ precision: -1 }), '9.30am')).toBe('Enter a time as HH:MM (24-hour)');
    expect(messageOf(z.string().regex(/^[A-Z]{3}$/), 'euro')).toBe('Not in the expected format');
  });

  it('words a bad date the way the app that asked types dates', () => {
    setDateWording('Enter a date such as 3 Dec 2026');
    try {
      expect(messageOf(isoDate, '3 Dex 2026')).toBe('Enter a date such as 3 Dec 2026');
    } finally {
      setDateWording('Enter a date as YYYY-MM-DD');
    }
    expect(messageOf(isoDate, '3 Dex 2026')).toBe('Enter a date as YYYY-MM-DD');
  });

  it('keeps the words a schema chose for itself', () => {
    expect(messageOf(z.string().min(3, 'At least three letters, please'), 'a')).toBe('At least three letters, please');
    const result = clientInputSchema.safeParse({ firstName: 'Grace', lastName: 'Liu', phone: '12' });
    expect(result.error!.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/Enter a valid phone number/)]);
  });

  it('never lets zod’s technical wording through', () => {
    const samples: [z.ZodType, unknown][] = [
      [z.enum(['none', 'fut', 'fue', 'fut_and_fue']), 'x'],
      [z.number(), 'x'],
      [z.string().max(2), 'xyz'],
      [z.iso.datetime(), 'x'],
      [z.strictObject({}), { extra: 1 }],
    ];
    for (const [schema, value] of samples) expect(messageOf(schema, value)).not.toMatch(/expected|Invalid|Too (big|small)|[<>=|"]/);
  });
});
