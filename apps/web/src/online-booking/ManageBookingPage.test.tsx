import { addCalendarDays, dateInWords, zonedInstant, type ManagedBooking } from '@smp/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ClientLinkApp } from '../App';
import { todayIn } from '../shared/zoned-time';
import { json, problem, stubApi } from '../test-support/fake-api';

const timeZone = 'America/New_York';
const TOKEN = 'm'.repeat(43);
const manage = `/api/public/booking/manage/${TOKEN}`;
// Days from today on the clinic's calendar, whichever day the test runs.
const at = (days: number, time: string) => zonedInstant(addCalendarDays(todayIn(timeZone), days), time, timeZone).toISOString();

const booking = (startsAt: string): ManagedBooking => ({
  clinic: { name: 'Northside SMP', timeZone },
  mode: 'in_person',
  artistId: '5d0b7a3e-4d44-4f0e-9a1c-2f1e5b9d0a03',
  artistName: 'Marco Silva',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 45 * 60_000).toISOString(),
  status: 'booked',
  lateCancellation: null,
  minNoticeHours: 24,
  cancellationPolicy: { lateWithinHours: 48, lateFeeMinor: 5000, currency: 'USD' },
});
const inFiveDays = booking(at(5, '10:30'));

const renderManagePage = () =>
  render(
    <MemoryRouter initialEntries={[`/book/manage/${TOKEN}`]}>
      <ClientLinkApp />
    </MemoryRouter>,
  );

describe('the manage link’s page', () => {
  it('moves the consultation to another free time of its artist', async () => {
    const requests = stubApi({
      [`GET ${manage}`]: () => json(inFiveDays),
      [`GET ${manage}/slots`]: () => json({ slots: [{ startsAt: at(3, '15:00'), endsAt: at(3, '15:45'), artistId: inFiveDays.artistId }] }),
      [`POST ${manage}/reschedule`]: () => json(booking(at(3, '15:00'))),
    });
    renderManagePage();
    expect(await screen.findByRole('heading', { name: 'Your consultation at Northside SMP' })).toBeTruthy();
    expect(screen.getByText(`${dateInWords(addCalendarDays(todayIn(timeZone), 5))} at 10:30`)).toBeTruthy();
    expect(screen.getByText('At the clinic')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Move to another time' }));
    await userEvent.click(await screen.findByRole('button', { name: '15:00' }));
    const newTime = `${dateInWords(addCalendarDays(todayIn(timeZone), 3))} at 15:00`;
    await userEvent.click(screen.getByRole('button', { name: `Move to ${newTime}` }));

    expect((await screen.findByRole('status')).textContent).toBe(`Moved: your consultation is now on ${newTime}.`);
    expect(requests.find((request) => request.path.endsWith('/reschedule'))?.body).toEqual({ startsAt: at(3, '15:00') });
  });

  it('says the clinic’s rule before cancelling, and that a cancellation this close is late', async () => {
    // Within the 24 hours' notice a move needs, and the 48 hours that make a cancellation late.
    const tomorrow = booking(new Date(Math.floor(Date.now() / 60_000) * 60_000 + 20 * 3_600_000).toISOString());
    stubApi({
      [`GET ${manage}`]: () => json(tomorrow),
      [`POST ${manage}/cancel`]: () => json({ ...tomorrow, status: 'cancelled', lateCancellation: true }),
    });
    renderManagePage();
    expect(await screen.findByText('Bookings move online up to 24 hours before they begin. To move this one now, call Northside SMP.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Move to another time' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel the consultation' }));
    expect(screen.getByText('It is less than 48 hours before your consultation, so this counts as a late cancellation: the clinic charges $50.00 for it.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));

    expect((await screen.findByRole('status')).textContent).toContain('Your consultation is cancelled, as a late cancellation.');
    expect(screen.queryByRole('button', { name: 'Cancel the consultation' })).toBeNull();
  });

  it('says cancelling well ahead is free, and keeps the booking when the client changes their mind', async () => {
    const requests = stubApi({ [`GET ${manage}`]: () => json(inFiveDays) });
    renderManagePage();
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel the consultation' }));
    expect(screen.getByText('Cancelling now is free. From 48 hours before your consultation a cancellation counts as late and costs $50.00.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Keep my booking' }));
    expect(screen.getByRole('button', { name: 'Move to another time' })).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows the refusal when the time was taken meanwhile, and the times as they are now', async () => {
    let asked = 0;
    stubApi({
      [`GET ${manage}`]: () => json(inFiveDays),
      [`GET ${manage}/slots`]: () => json({ slots: (asked += 1) === 1 ? [{ startsAt: at(3, '15:00'), endsAt: at(3, '15:45'), artistId: inFiveDays.artistId }] : [] }),
      [`POST ${manage}/reschedule`]: () => problem(409, '/problems/slot-taken', { detail: 'This time is not free for online booking. Choose another time.' }),
    });
    renderManagePage();
    await userEvent.click(await screen.findByRole('button', { name: 'Move to another time' }));
    await userEvent.click(await screen.findByRole('button', { name: '15:00' }));
    await userEvent.click(screen.getByRole('button', { name: /^Move to / }));
    expect((await screen.findByRole('alert')).textContent).toBe('This time is not free for online booking. Choose another time.');
    expect(await screen.findByText(/No free times this week/)).toBeTruthy();
  });

  it('answers a link that does not work the same, whatever the reason', async () => {
    stubApi({ [`GET ${manage}`]: () => problem(404, '/problems/not-found') });
    renderManagePage();
    expect((await screen.findByRole('alert')).textContent).toContain('This link does not work (any more)');
  });
});
