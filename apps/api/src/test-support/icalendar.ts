import { expect } from '@jest/globals';

/** An event's properties, as a test reads them. */
export interface CalendarEvent {
  UID?: string;
  DTSTART?: string;
  DTEND?: string;
  SUMMARY?: string;
  LOCATION?: string;
  DTSTAMP?: string;
  SEQUENCE?: string;
  STATUS?: string;
  ORGANIZER?: string;
}

/** Reads an iCalendar document: unfolds its lines and returns its calendar's properties and its events'. */
export function parseCalendar(text: string): { calendar: Record<string, string>; events: CalendarEvent[] } {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar: Record<string, string> = {};
  const events: Record<string, string>[] = [];
  let event: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') event = {};
    else if (line === 'END:VEVENT') {
      events.push(event!);
      event = null;
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      (event ?? calendar)[name] = line.slice(colon + 1).replace(/\\([,;\\])/g, '$1');
    }
  }
  return { calendar, events };
}

/** An instant as iCalendar writes it in UTC: 20261210T143000Z. */
export const utcStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
