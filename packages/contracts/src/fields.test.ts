import { describe, expect, it } from 'vitest';
import {
  appointmentInputSchema,
  auditListQuerySchema,
  availabilityQuerySchema,
  clientInputSchema,
  clientListQuerySchema,
  credentialsSchema,
  instant,
  isCalendarDate,
  isoDate,
  NOT_TEXT_MESSAGE,
  screeningInputSchema,
  text,
  treatmentReportQuerySchema,
} from './index.js';

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('text', () => {
  it('keeps letters of every script, emoji, tabs and line breaks', () => {
    for (const value of ['Zoë Ångström', '王小明', 'line one\r\nline two\tend', 'scalp 👨‍🦲 done']) {
      expect(text().safeParse(value).success).toBe(true);
    }
  });

  it('refuses NUL, other control characters, lone surrogates and noncharacters', () => {
    for (const value of ['a\u0000b', '\u0007', 'esc\u001b[31m', '\u007f', 'half \ud800 pair', '\udc00', '\uffff']) {
      expect(messagesOf(text().safeParse(value))).toEqual([`: ${NOT_TEXT_MESSAGE}`]);
    }
  });

  it('guards the fields and searches built from it', () => {
    expect(messagesOf(clientListQuerySchema.safeParse({ q: '\u0000' }))).toEqual([`q: ${NOT_TEXT_MESSAGE}`]);
    expect(messagesOf(credentialsSchema.safeParse({ email: 'a\u0000@b.co', password: 'x' }))).toEqual([`email: ${NOT_TEXT_MESSAGE}`]);
    expect(messagesOf(clientInputSchema.safeParse({ firstName: 'A\u0000', lastName: 'B', email: 'a@b.co' }))).toContain(`firstName: ${NOT_TEXT_MESSAGE}`);
    expect(messagesOf(clientInputSchema.safeParse({ firstName: 'A', lastName: 'B', email: 'a@b.co', address: { city: '\ud800' } }))).toEqual([`address.city: ${NOT_TEXT_MESSAGE}`]);
    const screening = screeningInputSchema.safeParse({ questionnaireVersion: '\u0000', answers: {}, signedName: 'Ann Lee', signature: 'x' });
    expect(messagesOf(screening)).toContain(`questionnaireVersion: ${NOT_TEXT_MESSAGE}`);
  });
});

describe('dates and instants', () => {
  const outOfRange = 'Must be between 1900-01-01 and 2100-12-31';

  it('accept the clinic calendar’s first and last day', () => {
    expect(isoDate.safeParse('1900-01-01').success).toBe(true);
    expect(isoDate.safeParse('2100-12-31').success).toBe(true);
    expect(instant().safeParse('2100-12-31T23:59:59Z').success).toBe(true);
    expect(instant().safeParse('1900-01-01T00:00:00+00:00').success).toBe(true);
  });

  it('refuse days and instants outside it with the allowed range, once', () => {
    expect(messagesOf(isoDate.safeParse('9999-12-31'))).toEqual([`: ${outOfRange}`]);
    expect(messagesOf(isoDate.safeParse('1899-12-31'))).toEqual([`: ${outOfRange}`]);
    expect(messagesOf(isoDate.safeParse('2026-02-30'))).toEqual([': Enter a date as YYYY-MM-DD']);
    expect(messagesOf(instant().safeParse('9999-12-31T23:59:59Z'))).toEqual([`: ${outOfRange}`]);
    expect(messagesOf(instant().safeParse('2101-01-01T00:00:00Z'))).toEqual([`: ${outOfRange}`]);
  });

  it('agree with the schema-free check a page reads its address with', () => {
    for (const value of [
      '2026-03-01',
      '2024-02-29',
      '1900-01-01',
      '2100-12-31',
      '2026-02-30',
      '2026-13-01',
      '2026-12-32',
      '2025-02-29',
      '1899-12-31',
      '2101-01-01',
      '2026-3-1',
      '2026-03-01T00:00',
      'tomorrow',
      '',
    ]) {
      expect([value, isCalendarDate(value)]).toEqual([value, isoDate.safeParse(value).success]);
    }
  });

  it('guard the requests that take days and instants', () => {
    const booking = { kind: 'consultation', clientId: crypto.randomUUID(), artistId: crypto.randomUUID(), startsAt: '9999-12-31T23:59:59Z' };
    expect(messagesOf(appointmentInputSchema.safeParse(booking))).toContain(`startsAt: ${outOfRange}`);
    expect(messagesOf(availabilityQuerySchema.safeParse({ from: '2026-01-01', to: '9999-12-31', durationMinutes: '60' }))).toContain(`to: ${outOfRange}`);
    expect(messagesOf(auditListQuerySchema.safeParse({ to: '0001-01-01T00:00:00Z' }))).toEqual([`to: ${outOfRange}`]);
    expect(messagesOf(treatmentReportQuerySchema.safeParse({ from: '9999-01-01' }))).toEqual([`from: ${outOfRange}`]);
  });
});
