import { describe, expect, it } from '@jest/globals';
import { reasonToWithdraw, reasonTooLongToRecord, type MessageCircumstances } from './delivery-rules.js';

const now = new Date('2030-03-01T12:00:00Z');
const start = new Date('2030-03-03T10:00:00Z');

describe('reasonTooLongToRecord', () => {
  it('refuses, before it goes, a message too long to record as sent', () => {
    expect(reasonTooLongToRecord({ subject: 'S'.repeat(400), body: 'B'.repeat(20_000) })).toBeNull();
    expect(reasonTooLongToRecord({ subject: null, body: 'Short text' })).toBeNull();
    expect(reasonTooLongToRecord({ subject: 'S'.repeat(401), body: 'Hi' })).toBe('The subject is 401 characters long once filled in; at most 400 can be sent');
    expect(reasonTooLongToRecord({ subject: null, body: 'B'.repeat(20_001) })).toBe('The text is 20001 characters long once filled in; at most 20000 can be sent');
  });
});

describe('reasonToWithdraw, after a move', () => {
  const reminder: MessageCircumstances = {
    kind: 'reminder',
    purpose: 'care',
    clientArchived: false,
    appointment: { status: 'booked', startsAt: start },
    consent: null,
    writtenForStart: start,
  };

  it("withdraws a reminder or preparation written for the appointment's old start", () => {
    expect(reasonToWithdraw(reminder, now)).toBeNull();
    const moved = { status: 'booked', startsAt: new Date('2030-03-04T10:00:00Z') };
    expect(reasonToWithdraw({ ...reminder, appointment: moved }, now)).toBe('Appointment moved');
    expect(reasonToWithdraw({ ...reminder, kind: 'preparation', appointment: moved }, now)).toBe('Appointment moved');
    expect(reasonToWithdraw({ ...reminder, kind: 'booking_confirmation', writtenForStart: null, appointment: moved }, now)).toBeNull();
  });
});

describe('reasonToWithdraw, of a nudge to book', () => {
  const window: MessageCircumstances = { kind: 'next_session_window', purpose: 'care', clientArchived: false, appointment: null, consent: null };

  it('withdraws it once the client booked, or the plan ended', () => {
    expect(reasonToWithdraw({ ...window, nudgeAnswered: null }, now)).toBeNull();
    expect(reasonToWithdraw({ ...window, nudgeAnswered: 'booked' }, now)).toBe('The client has booked since');
    expect(reasonToWithdraw({ ...window, nudgeAnswered: 'plan ended' }, now)).toBe('The treatment plan is no longer active');
    expect(reasonToWithdraw({ ...window, kind: 'maintenance_recall', purpose: 'marketing', consent: true, nudgeAnswered: 'booked' }, now)).toBe('The client has booked since');
  });
});
