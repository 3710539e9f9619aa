import { z } from 'zod';
import { CALENDAR_RANGE } from './clinic-time.js';

/**
 * Field primitives every request shape is built from, so each field reads and
 * fails the same way. Every string a caller sends goes through `text()` (or a
 * primitive built on it): raw `z.string()` belongs in response shapes only.
 */

/**
 * Characters that are not text: NUL (PostgreSQL cannot store it), the other C0
 * controls but tab, line feed and carriage return, DEL, lone UTF-16 surrogates
 * (JSON may spell them as `\ud800`; they are not UTF-8, so PostgreSQL refuses
 * them), and the noncharacters U+FFFE and U+FFFF. With the `u` flag a surrogate
 * pair is one code point, so only a lone surrogate matches.
 */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/u;

export const NOT_TEXT_MESSAGE = 'Contains a control character or an invalid character, which cannot be stored';

function isStorableText(value: string): boolean {
  return !NOT_TEXT.test(value);
}

/** The value with every character `text()` refuses left out. */
export function withoutNonText(value: string): string {
  return value.replace(new RegExp(NOT_TEXT.source, 'gu'), '');
}

/** Any string a caller sends, free text or identifier. */
export const text = () => z.string().refine(isStorableText, { error: NOT_TEXT_MESSAGE, abort: true });

export const personName = text().trim().min(1, 'Required').max(100, 'At most 100 characters');

export const optionalText = (max: number) => text().trim().max(max, `At most ${max} characters`).nullable().optional();

export const emailAddress = text()
  .trim()
  .toLowerCase()
  .pipe(z.email('Enter a valid email address, like name@example.com').max(254))
  .meta({ format: 'email', example: 'sam.taylor@example.com' });

const CALENDAR_RANGE_MESSAGE = `Must be between ${CALENDAR_RANGE.first} and ${CALENDAR_RANGE.last}`;
const firstInstant = Date.parse(`${CALENDAR_RANGE.first}T00:00:00Z`);
const afterLastInstant = Date.parse(`${CALENDAR_RANGE.last}T00:00:00Z`) + 24 * 60 * 60 * 1000;

/** A calendar date, as YYYY-MM-DD, inside the clinic's calendar. Its wording is the message map's (`setDateWording`). */
export const isoDate = z.iso.date({ abort: true }).refine((value) => value >= CALENDAR_RANGE.first && value <= CALENDAR_RANGE.last, { error: CALENDAR_RANGE_MESSAGE, abort: true });

/** An instant with its UTC offset, such as 2026-03-01T09:30:00Z, inside the clinic's calendar. */
export const instant = (message = 'Enter a date and time, such as 2026-03-01T09:30:00Z') =>
  z.iso.datetime({ offset: true, error: message, abort: true }).refine(
    (value) => {
      const time = Date.parse(value);
      return time >= firstInstant && time < afterLastInstant;
    },
    { error: CALENDAR_RANGE_MESSAGE, abort: true },
  );

export const uuidParam = (message: string) => z.object({ id: z.uuid(message) });
