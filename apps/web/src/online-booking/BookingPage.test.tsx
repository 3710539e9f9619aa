import { addCalendarDays, dateInWords, zonedInstant, type BookingConfirmed, type BookingOptions, type ManagedBooking } from '@smp/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientLinkApp } from '../App';
import { json, problem, stubApi, type FakeRequest } from '../test-support/fake-api';
import { todayIn } from '../shared/zoned-time';

const timeZone = 'America/New_York';
const ARTIST = '5d0b7a3e-4d44-4f0e-9a1c-2f1e5b9d0a03';
const REQUEST = 'r'.repeat(43);
// Days of the week the page shows first, whichever day the test runs.
const inTwoDays = addCalendarDays(todayIn(timeZone), 2);
const at = (time: string) => zonedInstant(inTwoDays, time, timeZone).toISOString();
const slot = (time: string) => ({ startsAt: at(time), endsAt: new Date(Date.parse(at(time)) + 45 * 60_000).toISOString(), artistId: null });

const options: BookingOptions = {
  clinic: { name: 'Northside SMP', timeZone },
  modes: ['in_person', 'video'],
  artists: [{ id: ARTIST, name: 'Marco Silva' }],
  durationMinutes: 45,
  minNoticeHours: 12,
  horizonDays: 60,
  lastDay: addCalendarDays(todayIn(timeZone), 60),
};
const booking: ManagedBooking = {
  clinic: options.clinic,
  mode: 'video',
  artistId: ARTIST,
  artistName: 'Marco Silva',
  startsAt: at('10:30'),
  endsAt: slot('10:30').endsAt,
  status: 'booked',
  lateCancellation: null,
  minNoticeHours: 12,
  cancellationPolicy: { lateWithinHours: 48, lateFeeMinor: 0, currency: 'USD' },
};
const confirmed: BookingConfirmed = { booking, manageToken: 'm'.repeat(43), intakeToken: 'i'.repeat(43) };
const held = (time: string) => ({ startsAt: at(time), endsAt: slot(time).endsAt, artistName: 'Marco Silva', heldUntil: new Date(Date.now() + 10 * 60_000).toISOString() });

beforeEach(() => {
  vi.spyOn(window, 'scrollTo').mockReturnValue(undefined);
});

const renderBookingPage = () =>
  render(
    <MemoryRouter initialEntries={['/book']}>
      <ClientLinkApp />
    </MemoryRouter>,
  );

const browsing = {
  'GET /api/public/booking/options': () => json(options),
  'GET /api/public/booking/slots': () => json({ slots: [slot('10:30'), slot('14:00')] }),
};

/** Chooses a video consultation at 10:30 in two days with any artist, and gives the client's details. */
async function chooseAndGiveDetails() {
  await userEvent.click(await screen.findByRole('radio', { name: 'By video call' }));
  const day = await screen.findByRole('group', { name: dateInWords(inTwoDays, { withYear: false }) });
  await userEvent.click(within(day).getByRole('button', { name: '10:30' }));
  await userEvent.click(screen.getByRole('button', { name: 'Next' }));
  await userEvent.type(screen.getByLabelText(/First name/), 'Grace');
  await userEvent.type(screen.getByLabelText(/Last name/), 'Liu');
  await userEvent.type(screen.getByLabelText(/Email/), 'Grace@Example.com');
  await userEvent.click(screen.getByRole('button', { name: 'Email me a code' }));
}

const sent = (requests: FakeRequest[], path: string) => requests.filter((request) => request.method === 'POST' && request.path === path).map((request) => request.body);

describe('the booking page', () => {
  it('books a consultation: a time, the details, the emailed code, the held time, then the link to the intake', async () => {
    let tries = 0;
    const requests = stubApi({
      ...browsing,
      'POST /api/public/booking/start': () => json({ requestId: REQUEST, expiresAt: new Date(Date.now() + 30 * 60_000).toISOString() }),
      'POST /api/public/booking/verify': () =>
        (tries += 1) === 1 ? problem(400, '/problems/validation', { errors: [{ field: 'code', message: 'Not the code we sent: 4 tries left' }] }) : json(held('10:30')),
      'POST /api/public/booking/confirm': () => json(confirmed, 201),
    });
    renderBookingPage();
    expect(await screen.findByRole('heading', { name: 'Book a consultation at Northside SMP' })).toBeTruthy();
    await chooseAndGiveDetails();

    expect(await screen.findByRole('heading', { name: 'We emailed you a code' })).toBeTruthy();
    expect(screen.getByText('grace@example.com')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Code from the email'), '12345');
    await userEvent.click(screen.getByRole('button', { name: 'Hold my time' }));
    expect(screen.getByText('Enter the 6 digits from the email')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Code from the email'), '9');
    await userEvent.click(screen.getByRole('button', { name: 'Hold my time' }));
    expect(await screen.findByText('Not the code we sent: 4 tries left')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Code from the email'));
    await userEvent.type(screen.getByLabelText('Code from the email'), '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Hold my time' }));

    expect(await screen.findByRole('heading', { name: 'Your time is held' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/^Held for you for (10:00|9:5\d)$/);
    expect(screen.getByText(`${dateInWords(inTwoDays)} at 10:30`)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm booking' }));

    expect(await screen.findByRole('heading', { name: 'You are booked' })).toBeTruthy();
    expect(screen.getByText('By video call')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('with a link to move or cancel it');
    expect(screen.getByRole('link', { name: 'Before your consultation: tell us about yourself' }).getAttribute('href')).toBe(`/intake/${'i'.repeat(43)}`);
    expect(sent(requests, '/api/public/booking/start')).toEqual([
      { mode: 'video', artistId: null, startsAt: at('10:30'), firstName: 'Grace', lastName: 'Liu', email: 'grace@example.com', phone: null },
    ]);
    expect(sent(requests, '/api/public/booking/verify').at(-1)).toEqual({ requestId: REQUEST, code: '654321' });
    expect(sent(requests, '/api/public/booking/confirm')).toEqual([{ requestId: REQUEST }]);
  });

  it('asks for the slots of the artist chosen', async () => {
    const requests = stubApi(browsing);
    renderBookingPage();
    await userEvent.selectOptions(await screen.findByLabelText('Artist'), 'Marco Silva');
    await screen.findByRole('button', { name: '14:00' });
    expect(
      requests
        .filter((request) => request.path === '/api/public/booking/slots')
        .at(-1)
        ?.search.get('artistId'),
    ).toBe(ARTIST);
  });

  it('offers another time when the one chosen was taken meanwhile, and holds it with the same code', async () => {
    const requests = stubApi({
      ...browsing,
      'POST /api/public/booking/start': () => json({ requestId: REQUEST, expiresAt: new Date().toISOString() }),
      'POST /api/public/booking/verify': (request) =>
        (request.body as { startsAt?: string }).startsAt
          ? json(held('14:00'))
          : problem(409, '/problems/slot-taken', { detail: 'Someone booked this time a moment ago. Choose another time.' }),
    });
    renderBookingPage();
    await chooseAndGiveDetails();
    await userEvent.type(await screen.findByLabelText('Code from the email'), '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Hold my time' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Someone booked this time a moment ago. Choose another time.');
    await userEvent.click(await screen.findByRole('button', { name: '14:00' }));
    expect(await screen.findByText(`${dateInWords(inTwoDays)} at 14:00`)).toBeTruthy();
    expect(sent(requests, '/api/public/booking/verify').at(-1)).toEqual({ requestId: REQUEST, code: '654321', startsAt: at('14:00') });
  });

  it('says when the request has ended and starts again', async () => {
    stubApi({
      ...browsing,
      'POST /api/public/booking/start': () => json({ requestId: REQUEST, expiresAt: new Date().toISOString() }),
      'POST /api/public/booking/verify': () => problem(410, '/problems/link-gone', { detail: 'Start again: choose a time and we will email you a new code.' }),
    });
    renderBookingPage();
    await chooseAndGiveDetails();
    await userEvent.type(await screen.findByLabelText('Code from the email'), '654321');
    await userEvent.click(screen.getByRole('button', { name: 'Hold my time' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Start again');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(await screen.findByRole('heading', { name: 'Choose a time' })).toBeTruthy();
  });

  it('says how long to wait after too many tries', async () => {
    stubApi({
      ...browsing,
      'POST /api/public/booking/start': () => problem(429, '/problems/too-many-requests', { detail: 'Too many requests' }, { 'Retry-After': '90' }),
    });
    renderBookingPage();
    await chooseAndGiveDetails();
    expect((await screen.findByRole('alert')).textContent).toBe('Too many tries from here for now. Please wait 2 minutes and try again.');
    expect(screen.getByLabelText(/First name/)).toBeTruthy();
  });

  it('says so when the clinic does not take bookings online', async () => {
    stubApi({ 'GET /api/public/booking/options': () => problem(404, '/problems/not-found') });
    renderBookingPage();
    expect((await screen.findByRole('alert')).textContent).toContain('does not take bookings online');
  });
});
