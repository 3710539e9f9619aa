import { describe, expect, it } from '@jest/globals';
import { codeEmail, manageEmail } from './booking-emails.js';

describe('the emails of an online booking', () => {
  it('puts the code where a phone shows it first, in the subject', () => {
    const email = codeEmail('Northside Scalp Studio', '042917');
    expect(email.subject).toBe('042917 is your code for booking with Northside Scalp Studio');
    expect(email.text).toContain('Your code: 042917');
  });

  it('says when, how and with whom, in the clinic’s time, with the intake and manage links', () => {
    const email = manageEmail(
      { clinicName: 'Northside Scalp Studio', timeZone: 'America/New_York', startsAt: new Date('2026-03-03T15:30:00Z'), artistName: 'Arturo Artist', mode: 'video' },
      { manage: 'https://clinic.example.com/book/manage/abc', intake: 'https://clinic.example.com/intake/def' },
    );
    expect(email.subject).toMatch(/Northside Scalp Studio: .*3.* at 10:30$/);
    expect(email.text).toContain('by video call with Arturo Artist');
    expect(email.text).toContain('To move or cancel it: https://clinic.example.com/book/manage/abc');
    expect(email.text).toMatch(/tell us about your hair and your health.*\n.*https:\/\/clinic\.example\.com\/intake\/def/);
  });
});
