import { describe, expect, it } from 'vitest';
import { consultationMayBeRecorded, mayChangeStatus, mayProgressAppointment, mayStartOnDay, mayWriteClinicalRecord, statusIsDue } from './clinical-record-rules.js';

const NY = 'America/New_York';
const ownArtist = { role: 'artist' as const, staffId: 'artist-1' };
const otherArtist = { role: 'artist' as const, staffId: 'artist-2' };
const owner = { role: 'owner' as const, staffId: 'owner-1' };
const reception = { role: 'receptionist' as const, staffId: 'reception-1' };

describe('mayWriteClinicalRecord', () => {
  it('lets the appointment’s own artist and an owner write, nobody else', () => {
    expect(mayWriteClinicalRecord(ownArtist, 'artist-1')).toBe(true);
    expect(mayWriteClinicalRecord(owner, 'artist-1')).toBe(true);
    expect(mayWriteClinicalRecord(otherArtist, 'artist-1')).toBe(false);
    expect(mayWriteClinicalRecord(reception, 'artist-1')).toBe(false);
  });
});

describe('mayProgressAppointment', () => {
  it('lets the front desk move any appointment on, an artist only their own', () => {
    expect(mayProgressAppointment(reception, 'artist-1')).toBe(true);
    expect(mayProgressAppointment(owner, 'artist-1')).toBe(true);
    expect(mayProgressAppointment(ownArtist, 'artist-1')).toBe(true);
    expect(mayProgressAppointment(otherArtist, 'artist-1')).toBe(false);
  });
});

describe('consultationMayBeRecorded', () => {
  const startsAt = '2026-03-10T14:00:00.000Z';
  it('is refused before the start and allowed from it on', () => {
    expect(consultationMayBeRecorded(startsAt, new Date('2026-03-10T13:59:00.000Z'))).toBe(false);
    expect(consultationMayBeRecorded(startsAt, new Date('2026-03-10T14:00:00.000Z'))).toBe(true);
    expect(consultationMayBeRecorded(startsAt, new Date('2026-03-13T09:00:00.000Z'))).toBe(true);
  });
});

describe('mayStartOnDay', () => {
  // 10 March 2026, 09:00 in New York is 13:00 UTC.
  const startsAt = '2026-03-10T13:00:00.000Z';
  it('allows arriving early on the appointment’s own day, in the clinic’s zone', () => {
    expect(mayStartOnDay(startsAt, new Date('2026-03-10T04:30:00.000Z'), NY)).toBe(true);
    expect(mayStartOnDay(startsAt, new Date('2026-03-10T12:00:00.000Z'), NY)).toBe(true);
  });

  it('refuses the evening before, although it is the same day in UTC', () => {
    // 9 March, 23:30 in New York: already 10 March in UTC.
    expect(mayStartOnDay(startsAt, new Date('2026-03-10T03:30:00.000Z'), NY)).toBe(false);
    expect(mayStartOnDay(startsAt, new Date('2026-03-07T15:00:00.000Z'), NY)).toBe(false);
  });

  it('allows catching up on a day that has passed', () => {
    expect(mayStartOnDay(startsAt, new Date('2026-03-11T15:00:00.000Z'), NY)).toBe(true);
  });
});

describe('mayChangeStatus', () => {
  it('leaves confirming and cancelling to those who book, the visit’s steps to the front desk and the appointment’s artist', () => {
    expect(mayChangeStatus(reception, 'confirmed', 'artist-1')).toBe(true);
    expect(mayChangeStatus(ownArtist, 'confirmed', 'artist-1')).toBe(false);
    expect(mayChangeStatus(ownArtist, 'cancelled', 'artist-1')).toBe(false);
    expect(mayChangeStatus(ownArtist, 'arrived', 'artist-1')).toBe(true);
    expect(mayChangeStatus(otherArtist, 'no_show', 'artist-1')).toBe(false);
  });
});

describe('statusIsDue', () => {
  const startsAt = '2026-03-10T13:00:00.000Z';
  it('holds arrived and in progress to the appointment’s day, and nothing else', () => {
    const weekBefore = new Date('2026-03-03T13:00:00.000Z');
    expect(statusIsDue('arrived', startsAt, weekBefore, NY)).toBe(false);
    expect(statusIsDue('in_progress', startsAt, weekBefore, NY)).toBe(false);
    expect(statusIsDue('confirmed', startsAt, weekBefore, NY)).toBe(true);
    expect(statusIsDue('arrived', startsAt, new Date('2026-03-10T12:00:00.000Z'), NY)).toBe(true);
  });
});
