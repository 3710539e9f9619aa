import { describe, expect, it } from '@jest/globals';
import { chooseChannel, reasonToWithdraw, type MessageCircumstances } from './delivery-rules.js';

const now = new Date('2030-03-10T12:00:00Z');
const later = new Date('2030-03-12T10:00:00Z');
const reminder: MessageCircumstances = { kind: 'reminder', purpose: 'care', clientArchived: false, appointment: { status: 'booked', startsAt: later }, consent: null };

describe('reasonToWithdraw', () => {
  it('lets a care message go unless the client said no', () => {
    expect(reasonToWithdraw(reminder, now)).toBeNull();
    expect(reasonToWithdraw({ ...reminder, consent: true }, now)).toBeNull();
    expect(reasonToWithdraw({ ...reminder, consent: false }, now)).toMatch(/asked not to receive/);
  });

  it('sends marketing only to clients who said yes', () => {
    const recall: MessageCircumstances = { kind: 'maintenance_recall', purpose: 'marketing', clientArchived: false, appointment: null, consent: null };
    expect(reasonToWithdraw(recall, now)).toMatch(/not agreed to marketing/);
    expect(reasonToWithdraw({ ...recall, consent: false }, now)).toMatch(/not agreed to marketing/);
    expect(reasonToWithdraw({ ...recall, consent: true }, now)).toBeNull();
  });

  it('sends nothing to an archived client', () => {
    expect(reasonToWithdraw({ ...reminder, clientArchived: true }, now)).toBe('The client was archived');
  });

  it('withdraws what is about a cancelled appointment, except the cancellation itself', () => {
    const cancelled = { status: 'cancelled', startsAt: later };
    expect(reasonToWithdraw({ ...reminder, kind: 'booking_confirmation', appointment: cancelled }, now)).toBe('The appointment was cancelled');
    expect(reasonToWithdraw({ ...reminder, kind: 'booking_cancellation', appointment: cancelled }, now)).toBeNull();
  });

  it('reminds and prepares only for a booked or confirmed visit that has not begun', () => {
    expect(reasonToWithdraw({ ...reminder, appointment: { status: 'confirmed', startsAt: later } }, now)).toBeNull();
    expect(reasonToWithdraw({ ...reminder, kind: 'preparation', appointment: { status: 'no_show', startsAt: later } }, now)).toBe('The appointment is no show');
    expect(reasonToWithdraw({ ...reminder, appointment: { status: 'booked', startsAt: now } }, now)).toBe('The appointment has already started');
    // A confirmation of a visit that already happened still says what was booked.
    expect(reasonToWithdraw({ ...reminder, kind: 'booking_update', appointment: { status: 'completed', startsAt: now } }, now)).toBeNull();
  });
});

describe('chooseChannel', () => {
  const both = { email: 'ana@example.com', phone: '+15551230000' };

  it('follows the preference for email or SMS', () => {
    expect(chooseChannel({ ...both, preferredContact: 'email' }, true)).toEqual({ channel: 'email', recipient: 'ana@example.com' });
    expect(chooseChannel({ ...both, preferredContact: 'sms' }, true)).toEqual({ channel: 'sms', recipient: '+15551230000' });
  });

  it('writes to clients who prefer a call or WhatsApp, or said nothing, by email first', () => {
    for (const preferredContact of ['phone', 'whatsapp', null]) {
      expect(chooseChannel({ ...both, preferredContact }, true)?.channel).toBe('email');
      expect(chooseChannel({ email: null, phone: both.phone, preferredContact }, true)?.channel).toBe('sms');
    }
  });

  it('uses email when SMS is off, and nothing when that leaves no way', () => {
    expect(chooseChannel({ ...both, preferredContact: 'sms' }, false)).toEqual({ channel: 'email', recipient: 'ana@example.com' });
    expect(chooseChannel({ email: null, phone: both.phone, preferredContact: 'sms' }, false)).toBeNull();
  });
});
