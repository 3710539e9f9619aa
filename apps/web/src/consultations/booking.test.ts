import { describe, expect, it } from 'vitest';
import { bookingFormSchema, bookingFromForm } from './booking';

const artistId = '8f2d4f8a-372e-4e67-96ef-7611f0a5556f';

describe('bookingFromForm', () => {
  it('books the time as the clinic’s clock shows it, whatever zone the browser is in', () => {
    const values = bookingFormSchema.parse({ artistId, mode: 'in_person', date: '2026-07-14', time: '09:30', notes: null });
    expect(bookingFromForm(values, 'America/New_York')).toEqual({
      artistId,
      mode: 'in_person',
      startsAt: '2026-07-14T13:30:00.000Z',
      durationMinutes: 45,
      notes: null,
    });
    expect(bookingFromForm(values, 'Europe/London').startsAt).toBe('2026-07-14T08:30:00.000Z');
  });

  it('keeps the clinic’s clock across a daylight-saving change', () => {
    const before = bookingFormSchema.parse({ artistId, mode: 'video', date: '2026-03-07', time: '10:00', durationMinutes: 30 });
    const after = bookingFormSchema.parse({ artistId, mode: 'video', date: '2026-03-09', time: '10:00', durationMinutes: 30 });
    expect(bookingFromForm(before, 'America/New_York').startsAt).toBe('2026-03-07T15:00:00.000Z');
    expect(bookingFromForm(after, 'America/New_York').startsAt).toBe('2026-03-09T14:00:00.000Z');
  });

  it('asks for a time and an artist in plain words', () => {
    const result = bookingFormSchema.safeParse({ artistId: '', mode: 'phone', date: '2026-03-09', time: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['artistId', 'Choose an artist'],
      ['time', 'Enter a time'],
    ]);
  });
});
