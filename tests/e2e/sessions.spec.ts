import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { dateInZone } from '@smp/contracts';
import { demoAccounts, inTheHoursJustPast, screenshot, signIn } from './helpers';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const client = 'Marcus Bennett';

/** Chooses the option whose text starts with the words given (a lot number), whatever its expiry says. */
async function chooseOption(select: Locator, startingWith: string) {
  const value = await select.locator('option', { hasText: startingWith }).first().getAttribute('value');
  await select.selectOption(value ?? '');
}

/**
 * As the owner, through the API: a touch-up for a screened client with the demo artist,
 * arrived. It is booked in the hours just past (an owner may, with a reason), so it fits
 * whatever the time and day the test runs, and no booking made for the future is in its way.
 */
async function bookArrivedTouchUp(page: Page): Promise<{ id: string; day: string }> {
  const api = page.request;
  const { csrfToken } = await (await api.get('/api/auth/me')).json();
  const headers = { 'X-CSRF-Token': csrfToken };
  const [clients, artists, rooms, clinic] = await Promise.all(
    [`/api/clients?q=${encodeURIComponent(client)}`, '/api/artists', '/api/rooms', '/api/clinic'].map(async (url) => (await api.get(url)).json()),
  );
  const { startsAt, response: booking } = await inTheHoursJustPast([2, 4, 6, 8], (startsAt) =>
    api.post('/api/appointments', {
      headers,
      data: {
        kind: 'touch_up',
        clientId: clients.items[0].id,
        artistId: artists.items.find((artist: { name: string }) => artist.name === demoAccounts.artist.name).id,
        roomId: rooms.items[0].id,
        startsAt: startsAt.toISOString(),
        durationMinutes: 60,
        override: { reason: 'Walk-in touch-up recorded by the browser test' },
      },
    }),
  );
  expect(booking.status()).toBe(201);
  const { id } = await booking.json();
  expect((await api.post(`/api/appointments/${id}/status`, { headers, data: { status: 'arrived' } })).status()).toBe(200);
  return { id, day: dateInZone(startsAt, clinic.timeZone) };
}

test('an artist runs a session from the calendar, records pigments and photos, prints the aftercare sheet, and finds the client through the lot', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.owner);
  await expect(page).toHaveURL(/\/today$/);
  const appointment = await bookArrivedTouchUp(page);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The artist opens the appointment on the calendar and starts the session.
  await signIn(page, demoAccounts.artist);
  await expect(page).toHaveURL(/\/today$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  await page.goto(`/calendar?date=${appointment.day}`);
  await page.locator('.appointment', { hasText: client }).filter({ hasText: 'Touch-up' }).first().click();
  const drawer = page.getByRole('complementary', { name: 'Appointment' });
  await expect(drawer.getByRole('heading', { name: /Touch-up\s*Arrived/ })).toBeVisible();
  await drawer.getByRole('button', { name: 'Start session' }).click();
  await expect(drawer.getByRole('heading', { name: /Touch-up\s*In progress/ })).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Complete' })).toHaveCount(0);
  await screenshot(page, '71-session-in-progress');
  await drawer.getByRole('link', { name: 'Record session' }).click();

  // Photos before and after, by view.
  await expect(page.getByRole('heading', { name: `Record touch-up: ${client}` })).toBeVisible();
  for (const phase of ['before', 'after']) {
    const upload = page.getByRole('form', { name: `Add a photo ${phase} the session` });
    await upload.getByLabel('View').selectOption('Front');
    await upload.getByLabel(/^Photo/).setInputFiles(fixture('scalp-front.jpg'));
    await upload.getByRole('button', { name: 'Upload photo' }).click();
    await expect(page.getByRole('button', { name: new RegExp(`^Open front photo, ${phase} the session`) })).toBeVisible();
  }

  // Pigments: the blue base warns; the expired lot is listed but cannot be chosen.
  const form = page.getByRole('form', { name: 'Session record' });
  await form.getByRole('checkbox', { name: 'Hairline' }).check();
  await form.getByRole('checkbox', { name: 'Temples' }).check();
  await form.getByLabel('Density').selectOption('Medium');
  await form.getByLabel('Dot size').selectOption('Small');
  const firstPigment = form.getByRole('group', { name: 'Pigment 1' });
  const pigment = firstPigment.getByLabel('Pigment', { exact: true });
  await pigment.selectOption({ label: 'Generic Tattoo Black — Jet Black (blue-green risk)' });
  await expect(form.getByRole('alert')).toContainText('The base has blue undertones');
  await screenshot(page, '72-blue-base-warning');
  await pigment.selectOption({ label: 'Zhen Scalp Ink — Medium Grey' });
  const lot = firstPigment.getByLabel(/^Lot/);
  await expect(lot.locator('option', { hasText: 'ZS-0424' })).toBeDisabled();
  await expect(lot.locator('option', { hasText: 'ZS-0424' })).toContainText('expired');
  await screenshot(page, '73-expired-lot-unavailable');
  await pigment.selectOption({ label: 'Perma Blend SMP Pro — Dark Grey' });
  await expect(lot).toHaveValue(/.+/);
  await form.getByRole('button', { name: 'Add another pigment' }).click();
  const secondPigment = form.getByRole('group', { name: 'Pigment 2' });
  await secondPigment.getByLabel('Pigment', { exact: true }).selectOption({ label: 'Zhen Scalp Ink — Medium Grey' });
  await secondPigment.getByLabel('Used for').selectOption('Depth');
  await chooseOption(secondPigment.getByLabel(/^Lot/), 'ZS-0925');
  await chooseOption(form.getByLabel(/^Needle lot/), 'KW-3RL-2608');
  await form.getByLabel(/^Duration/).fill('55');
  await form.getByLabel(/^Pain/).fill('3');
  await form.getByLabel('Reactions').fill('Mild redness at the temples');
  await screenshot(page, '74-session-record-form');
  await form.getByRole('button', { name: 'Complete session' }).click();

  // The record, with the lots, photos and the aftercare dated from today.
  await expect(page.getByRole('heading', { name: /^Session of / })).toBeVisible();
  const consumables = page.getByRole('table', { name: 'Pigments and needle used' });
  await expect(consumables).toContainText('PB-26-131');
  await expect(consumables).toContainText('ZS-0925');
  await expect(consumables).toContainText('KW-3RL-2608');
  await expect(page.getByRole('table', { name: 'Photos before and after' }).getByRole('button')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Aftercare steps' }).getByRole('listitem').first()).toContainText('keep the scalp dry');
  await screenshot(page, '75-session-record');

  // The aftercare sheet as it prints: the clinic's name, the client, the date and the steps, no app around them.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print aftercare sheet' })).toBeHidden();
  const sheet = page.getByRole('region', { name: 'Aftercare' });
  await expect(sheet.getByText('Demo SMP Clinic', { exact: true })).toBeVisible();
  await expect(sheet.getByText(`Aftercare for ${client} after the session of`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pigments and needle' })).toBeHidden();
  await screenshot(page, '76-aftercare-sheet-print');
  fs.mkdirSync('screenshots', { recursive: true });
  fs.writeFileSync('screenshots/76-aftercare-sheet.pdf', await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });

  // The recall: the lot used leads back to the client.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pigments & needles' }).click();
  await expect(page.getByRole('table', { name: 'Pigments' }).getByText('Expired', { exact: false })).toBeVisible();
  await screenshot(page, '77-pigments-and-needles');
  await page.getByRole('link', { name: 'Lot PB-26-131: who received it' }).click();
  const recall = page.getByRole('table', { name: 'Clients who received the lot' });
  await expect(recall.getByRole('link', { name: client })).toBeVisible();
  await expect(recall).toContainText('(415) 555-0101');
  await screenshot(page, '78-lot-recall');

  // The client's page: the latest aftercare and the session in the treatment history.
  await recall.getByRole('link', { name: client }).click();
  await expect(page.getByRole('region', { name: 'Aftercare after the latest session' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Treatment history' });
  await history.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Sessions' }).click();
  await expect(history.getByRole('link', { name: 'Session recorded' }).first()).toBeVisible();
  await screenshot(page, '79-client-treatment-history');
});
