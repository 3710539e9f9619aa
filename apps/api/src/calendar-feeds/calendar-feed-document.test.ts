import { describe, expect, it } from '@jest/globals';
import { feedEventSummary, feedWindow } from './calendar-feed-document.js';

describe('what a phone calendar shows of an appointment', () => {
  it('names the kind in plain words and the client by first name and initial', () => {
    expect(feedEventSummary({ kind: 'consultation', clientFirstName: 'Marcus', clientLastName: 'Brennan' })).toBe('Consultation · Marcus B.');
    expect(feedEventSummary({ kind: 'plan_session', clientFirstName: ' Jo ', clientLastName: 'de Souza' })).toBe('Session · Jo D.');
    expect(feedEventSummary({ kind: 'laser', clientFirstName: 'Søren', clientLastName: 'Ørsted' })).toBe('Laser removal · Søren Ø.');
  });

  it('reaches 30 days back and 180 days ahead', () => {
    const { from, to } = feedWindow(new Date('2026-03-01T12:00:00Z'));
    expect([from.toISOString(), to.toISOString()]).toEqual(['2026-01-30T12:00:00.000Z', '2026-08-28T12:00:00.000Z']);
  });
});
