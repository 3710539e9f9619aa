import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, freeSlot, openClientList, pickClientAndArtist, screenshotsAtWidths, signIn } from './helpers';

const client = { firstName: 'Mona', lastName: 'Mailer', email: 'mona.mailer@example.com', preferredContact: 'email' };
const clientName = `${client.firstName} ${client.lastName}`;

/** A client of this journey's own, through the API, so the messages found are this booking's. */
async function createClient(page: Page) {
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const response = await page.request.post('/api/clients', { headers: { 'X-CSRF-Token': csrfToken }, data: client });
  expect(response.status(), await response.text()).toBe(201);
}

async function signOutAndIn(page: Page, account: (typeof demoAccounts)[keyof typeof demoAccounts]) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, account);
  await expect(page).toHaveURL(/\/today$/);
}

test('a booking’s confirmation reaches the mail catcher, and its confirm link confirms the appointment on the calendar', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.receptionist);
  await openClientList(page);
  await createClient(page);

  // Reception books the client at the first free consultation time.
  const { date } = await freeSlot(page, { artist: demoAccounts.artist, durationMinutes: 45, kind: 'consultation' });
  await page.goto(`/calendar?date=${date}`);
  await expect(page.locator('.calendar-scroll[aria-busy="false"]')).toBeVisible();
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
  await expect(page.getByRole('status')).toContainText(`Booked ${clientName}`);

  // The owner's Messages page: the job worker sends the confirmation moments later.
  await signOutAndIn(page, demoAccounts.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Messages' }).click();
  await expect(page.getByRole('heading', { name: 'Messages to clients' })).toBeVisible();
  await expect(page.getByText(/The embedded mail catcher — nothing reaches clients/)).toBeVisible();
  const confirmation = page.getByRole('table', { name: 'Outbox' }).getByRole('row').filter({ hasText: clientName }).filter({ hasText: 'Booking confirmation' });
  await expect(async () => {
    await page.reload();
    await expect(confirmation).toContainText('Sent', { timeout: 1_000 });
  }).toPass();
  await expect(confirmation).toContainText(`Email: ${client.email}`);
  await screenshotsAtWidths(page, '140-messages-outbox');

  // The caught email, with its confirm link.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('table', { name: 'Caught emails' }).getByRole('row').filter({ hasText: client.email }).getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Headers' })).toContainText(client.email);
  await expect(page.getByRole('region', { name: 'Text' })).toContainText(`Hi ${client.firstName}`);
  await expect(page.locator('iframe.caught-email-html')).toHaveAttribute('sandbox', '');
  await page.getByText(/\.ics/).click();
  await expect(page.getByText(/BEGIN:VCALENDAR/)).toBeVisible();
  await screenshotsAtWidths(page, '141-caught-email');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page
    .getByRole('region', { name: 'Text' })
    .getByRole('link', { name: /\/visit\// })
    .click();

  // The client's page for their visit: they confirm.
  await expect(page).toHaveURL(/\/visit\//);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(/your appointment is confirmed/i)).toBeVisible();

  // Reception's calendar shows the appointment confirmed by the client.
  await page.goto('/today');
  await signOutAndIn(page, demoAccounts.receptionist);
  await page.goto(`/calendar?date=${date}`);
  const appointment = page.locator('.appointment', { hasText: clientName });
  await expect(appointment).toContainText('Confirmed');
  await expect(appointment).toContainText('by the client');
});
