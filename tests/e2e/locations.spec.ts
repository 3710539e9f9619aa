import { expect, test, type Page } from '@playwright/test';
import { addCalendarDays, dateInZone, isoWeekday } from '@smp/contracts';
import { demoAccounts, expectNoSidewaysScroll, pickClientAndArtist, screenshotsAtWidths, shownDate, signIn } from './helpers';

const branch = 'Harbour Studio';
const london = 'Europe/London';
const client = { firstName: 'Lena', lastName: 'Harbour' };
const clientName = `${client.firstName} ${client.lastName}`;

/** The next Sunday on London's calendar, from tomorrow on. */
function nextSunday(): string {
  let day = addCalendarDays(dateInZone(new Date(), london), 1);
  while (isoWeekday(day) !== 7) day = addCalendarDays(day, 1);
  return day;
}

async function api(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  return { request: page.request, headers: { 'X-CSRF-Token': csrfToken } };
}

test('an owner opens a second location in another time zone, an artist works there on Sundays, and reception books it on that location’s clock', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.owner);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto('/settings/scheduling');

  // The new location, in London's time zone, open on Sundays.
  const locations = page.getByRole('region', { name: 'Locations' });
  await locations.getByLabel(/New location/).fill(branch);
  await locations.getByLabel(/Time zone/).fill(london);
  await locations.getByRole('button', { name: 'Add location' }).click();
  await locations.getByRole('button', { name: `Change ${branch}` }).click();
  const change = locations.getByRole('form', { name: `Change ${branch}` });
  await change.getByRole('button', { name: 'Add hours on Sunday' }).click();
  await change.getByRole('button', { name: 'Save location' }).click();
  await expect(change).toBeHidden();
  await expect(locations.getByText(`${branch} · ${london}`)).toBeVisible();

  // Its chair, and the artist's Sunday there.
  const rooms = page.getByRole('region', { name: 'Rooms and chairs' });
  await rooms.getByRole('combobox', { name: 'Location' }).selectOption({ label: branch });
  await rooms.getByLabel(/New room or chair/).fill('Harbour chair');
  await rooms.getByRole('button', { name: 'Add room' }).click();
  await expect(rooms.getByText(`Harbour chair · ${branch}`)).toBeVisible();
  const hours = page.getByRole('region', { name: 'Artists’ hours and time off' });
  await hours.getByRole('combobox', { name: 'Location' }).selectOption({ label: branch });
  await expect(hours.getByLabel('Monday')).toHaveValue('');
  await hours.getByLabel('Sunday').fill('10:00–16:00');
  await hours.getByRole('button', { name: 'Save hours' }).click();
  await expect(hours.getByText('Hours saved.')).toBeVisible();
  await screenshotsAtWidths(page, '170-locations-settings');
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Reception books a consultation in the branch's calendar, whose times are London's.
  const { request, headers } = await api(page);
  const created = await request.post('/api/clients', { headers, data: { ...client, email: `lena.harbour.${Date.now()}@example.com` } });
  expect(created.status(), await created.text()).toBe(201);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, demoAccounts.receptionist);
  await expect(page).toHaveURL(/\/today$/);
  const sunday = nextSunday();
  await page.goto(`/calendar?date=${sunday}`);
  await page.getByLabel('Location').selectOption({ label: branch });
  await expect(page.locator('.calendar-scroll[aria-busy="false"]')).toBeVisible();
  await expect(page.getByText('10:00', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: /^Book( N)?$/ }).click();
  const booking = page.getByRole('complementary', { name: 'Book an appointment' });
  await pickClientAndArtist(booking, clientName, demoAccounts.artist.name);
  const sundaySlots = booking.getByRole('group', { name: new RegExp(`^Sun`) }).first();
  const firstSlot = sundaySlots.getByRole('button').first();
  // Ten in the morning on London's clock, whatever the clinic's own zone.
  await expect(firstSlot).toHaveText(/^10:00/);
  await firstSlot.click();
  await screenshotsAtWidths(page, '171-book-at-a-location');
  await page.setViewportSize({ width: 1280, height: 900 });
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('status')).toContainText(`Booked ${clientName}`);
  const appointment = page.locator('.appointment', { hasText: clientName });
  await expect(appointment).toBeVisible();
  await screenshotsAtWidths(page, '172-calendar-at-a-location');
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The main location's calendar of that day does not have it.
  await page.getByLabel('Location').selectOption({ index: 0 });
  await expect(page.getByRole('heading', { name: new RegExp(shownDate(sunday).split(' ')[0]!) })).toBeVisible();
  await expect(page.locator('.calendar-scroll[aria-busy="false"]')).toBeVisible();
  await expect(page.locator('.appointment', { hasText: clientName })).toHaveCount(0);

  // Put back as it was for the journeys after this one: the booking cancelled, the branch (with its chair and hours) out of use.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, demoAccounts.owner);
  await expect(page).toHaveURL(/\/today$/);
  const owner = await api(page);
  const branchId = ((await (await owner.request.get('/api/locations')).json()).items as { id: string; name: string }[]).find((location) => location.name === branch)!.id;
  const booked = (await (await owner.request.get('/api/appointments', { params: { from: sunday, to: sunday, locationId: branchId } })).json()).items as { id: string }[];
  for (const { id } of booked) {
    const cancelled = await owner.request.post(`/api/appointments/${id}/status`, { headers: owner.headers, data: { status: 'cancelled', reason: 'Journey over' } });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
  }
  const archived = await owner.request.post(`/api/locations/${branchId}/archive`, { headers: owner.headers });
  expect(archived.status(), await archived.text()).toBe(200);
});
