import { describe, expect, it } from '@jest/globals';
import { parseCalendar } from '../test-support/icalendar.js';
import { appointmentInvite, type AppointmentInvite } from './appointment-invite.js';

const booking: AppointmentInvite = {
  appointmentId: '6f1c2b3a-0000-4000-8000-000000000001',
  sequence: 0,
  cancelled: false,
  startsAt: new Date('2026-12-10T14:30:00Z'),
  endsAt: new Date('2026-12-10T18:00:00Z'),
  summary: 'SMP session at Northside Scalp Studio',
  clinic: { name: 'Northside Scalp Studio', address: '4 Quay Street, Bristol', email: 'hello@northside.example' },
  attendeeEmail: 'sam@example.com',
};

/** The calendar's and its one event's properties, by name. */
function parse(ics: string): { value: (name: string) => string | undefined } {
  const { calendar, events } = parseCalendar(ics);
  expect(events).toHaveLength(1);
  const properties: Record<string, string | undefined> = { ...calendar, ...events[0] };
  return { value: (name) => properties[name] };
}

describe('a booking’s calendar invitation', () => {
  it('asks the calendar to hold the appointment at its time and place, under a UID that stays the appointment’s', () => {
    const attachment = appointmentInvite(booking);
    expect(attachment.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    const ics = parse(attachment.content as string);
    expect(ics.value('METHOD')).toBe('REQUEST');
    expect(ics.value('UID')).toBe('6f1c2b3a-0000-4000-8000-000000000001@smp-clinic');
    expect(ics.value('SEQUENCE')).toBe('0');
    expect(ics.value('DTSTART')).toBe('20261210T143000Z');
    expect(ics.value('DTEND')).toBe('20261210T180000Z');
    expect(ics.value('LOCATION')).toBe('4 Quay Street, Bristol');
    expect(ics.value('SUMMARY')).toBe('SMP session at Northside Scalp Studio');
    expect(ics.value('STATUS')).toBe('CONFIRMED');
    expect(ics.value('ORGANIZER')).toBe('mailto:hello@northside.example');
  });

  it('replaces the event when the booking moves, and removes it when cancelled', () => {
    const moved = parse(appointmentInvite({ ...booking, sequence: 1, startsAt: new Date('2026-12-11T09:00:00Z'), endsAt: new Date('2026-12-11T12:30:00Z') }).content as string);
    expect(moved.value('SEQUENCE')).toBe('1');
    expect(moved.value('DTSTART')).toBe('20261211T090000Z');
    const cancelled = appointmentInvite({ ...booking, sequence: 2, cancelled: true });
    expect(cancelled.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    const ics = parse(cancelled.content as string);
    expect([ics.value('METHOD'), ics.value('STATUS'), ics.value('SEQUENCE'), ics.value('UID')]).toEqual(['CANCEL', 'CANCELLED', '2', '6f1c2b3a-0000-4000-8000-000000000001@smp-clinic']);
  });

  it('leaves out what the clinic has not given', () => {
    const ics = parse(appointmentInvite({ ...booking, clinic: { ...booking.clinic, address: null, email: null }, attendeeEmail: null }).content as string);
    expect([ics.value('LOCATION'), ics.value('ORGANIZER'), ics.value('ATTENDEE')]).toEqual([undefined, undefined, undefined]);
  });
});
