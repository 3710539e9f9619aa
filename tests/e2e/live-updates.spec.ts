import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, freeSlot, openClientList, pickClientAndArtist, screenshot, signIn } from './helpers';

const client = { firstName: 'Quentin', lastName: 'Fresh', email: 'quentin.fresh@example.com', preferredContact: 'email' };
const clientName = `${client.firstName} ${client.lastName}`;

/** A client of this journey's own, through the API, so no other journey's bookings are in its way. */
async function createClient(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const response = await page.request.post('/api/clients', { headers: { 'X-CSRF-Token': csrfToken }, data: client });
  expect(response.status(), await response.text()).toBe(201);
}

/** Marks the loaded document: a reload would start a new one without the mark. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument === true);

test('a booking made in the calendar’s panel appears on the calendar shown, and a cancellation leaves it, without a reload', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.receptionist);
  await openClientList(page);
  await createClient(page);
  const { date } = await freeSlot(page, { artist: demoAccounts.artist, durationMinutes: 45, kind: 'consultation' });

  // The day of the first free consultation time is on screen, loaded, before anything is booked.
  await page.goto(`/calendar?date=${date}`);
  await expect(page.getByRole('heading', { name: 'Calendar' })).toBeVisible();
  await expect(page.locator('.calendar-scroll[aria-busy="false"]')).toBeVisible();
  await expect(page.locator('.appointment', { hasText: clientName })).toHaveCount(0);
  await markDocument(page);

  await page.getByRole('button', { name: /^Book( N)?$/ }).click();
  const booking = page.getByRole('complementary', { name: 'Book an appointment' });
  await pickClientAndArtist(booking, clientName, demoAccounts.artist.name);
  await booking
    .getByRole('group')
    .filter({ has: page.locator('.slot') })
    .first()
    .getByRole('button')
    .first()
    .click();
  await booking.getByRole('button', { name: 'Book appointment' }).click();

  await expect(page.getByRole('status')).toContainText(`Booked ${clientName} with ${demoAccounts.artist.name}`);
  expect(new URL(page.url()).searchParams.get('date')).toBe(date);
  const booked = page.locator('.appointment', { hasText: clientName });
  await expect(booked).toBeVisible();
  await screenshot(page, '71-booked-without-reload');

  // Cancelled from its drawer: released time leaves the calendar at once.
  await booked.click();
  const drawer = page.getByRole('complementary', { name: 'Appointment' });
  await drawer.getByRole('button', { name: 'Cancel appointment' }).click();
  await drawer.getByLabel('Why is it cancelled?').fill('Client rang to rearrange');
  await drawer.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(drawer.getByRole('heading', { name: /Consultation/ })).toContainText('Cancelled');
  await expect(booked).toHaveCount(0);
  expect(await sameDocument(page)).toBe(true);
});
