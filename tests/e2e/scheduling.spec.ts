import { expect, test } from '@playwright/test';
import { addCalendarDays, zonedInstant } from '@smp/contracts';
import { demoAccounts, freeSlot, openClientList, screenshot, signIn } from './helpers';

const client = 'Daniel Kowalski';

/** The day the calendar shows, from its address. */
const shownDay = (url: string) => new URL(url).searchParams.get('date') ?? '';

test('reception plans two sessions, books session 1, books session 2 from the follow-up queue inside its window, and a drag to day 5 is refused', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.receptionist);
  await openClientList(page);

  // A plan for a client whose screening allows treatment (caution does not block).
  await page.getByRole('link', { name: client }).click();
  await expect(page.getByRole('heading', { name: client })).toBeVisible();
  const plans = page.getByRole('region', { name: 'Treatment plans' });
  await plans.getByRole('button', { name: 'New plan' }).click();
  await plans.getByLabel('Style').selectOption('density');
  await plans.getByLabel('Artist').selectOption({ label: 'Marco Silva' });
  await expect(plans.getByText(/\$2,500\.00 the plan/)).toBeVisible();
  await plans
    .getByRole('group', { name: /Session 1 pigments/ })
    .getByRole('checkbox', { name: /Dark Grey/ })
    .check();
  await plans
    .getByRole('group', { name: /Session 2 pigments/ })
    .getByRole('checkbox', { name: /Soft Black/ })
    .check();
  await screenshot(page, '61-new-plan');
  await plans.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: /Density plan\s*Draft/ })).toBeVisible();
  // Starting asks first, saying when each session can be booked.
  await page.getByRole('button', { name: 'Start plan…' }).click();
  const confirmation = page.getByRole('alertdialog', { name: 'Start plan' });
  await expect(confirmation).toContainText('session 1 (Perma Blend SMP Pro — Dark Grey) can be booked now; session 2 (Perma Blend SMP Pro — Soft Black) 7–28 days after session 1 ends');
  await confirmation.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { name: /Density plan\s*Active/ })).toBeVisible();
  const started = page.getByRole('status').filter({ hasText: 'Plan started' });
  await screenshot(page, '62-plan-started');

  // Session 1 from the free slots, in the booking panel on the plan's page; on a Wednesday to Friday, so day 5 and day 7 after it share a week.
  await started.getByRole('button', { name: 'Book session 1' }).click();
  const booking = page.getByRole('complementary', { name: 'Book an appointment' });
  await expect(booking.getByText(client)).toBeVisible();
  await expect(booking.getByLabel('Plan session').locator('option:checked')).toHaveText(/Density: session 1/);
  const weekday = booking.getByRole('group', { name: /^(Wed|Thu|Fri) / }).first();
  await weekday.getByRole('button').first().click();
  await expect(weekday.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, '63-book-session-1');
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  const booked = page.getByRole('status').filter({ hasText: `Booked ${client} with Marco Silva` });
  await expect(booked).toBeVisible();
  await booked.getByRole('link', { name: 'Show in the calendar' }).click();
  const sessionOneDay = shownDay(page.url());
  // The demo artist's own treatment may share the day: the one booked here is the client's.
  await expect(page.locator('.appointment', { hasText: 'Session 1' }).filter({ hasText: client })).toBeVisible();
  await screenshot(page, '64-session-1-booked');

  // The follow-up queue shows session 2 with its window; "Book next" opens booking inside it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  const row = page.getByRole('row', { name: new RegExp(client) });
  await expect(row).toContainText('Session 2');
  await expect(row).toContainText('Not open yet');
  await screenshot(page, '65-follow-ups');
  await row.getByRole('link', { name: `Book next for ${client}` }).click();
  await expect(booking.getByLabel('Plan session').locator('option:checked')).toHaveText(/Density: session 2/);
  await expect(booking.getByText(/Window: opens/)).toBeVisible();
  await booking
    .getByRole('group')
    .filter({ has: page.locator('.slot') })
    .first()
    .getByRole('button')
    .first()
    .click();
  await screenshot(page, '66-book-session-2-in-window');
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('status')).toContainText(`Booked ${client} with Marco Silva`);
  expect(shownDay(page.url()) >= addCalendarDays(sessionOneDay, 7)).toBe(true);

  // Dragged to day 5 after session 1: shown as refused while dragging, refused on the drop, and put back.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Week' }).click();
  const sessionTwo = page.locator('.appointment', { hasText: 'Session 2' }).filter({ hasText: client });
  await expect(sessionTwo).toBeVisible();
  const from = (await sessionTwo.boundingBox())!;
  const dayFive = (await page.locator(`[data-column="${addCalendarDays(sessionOneDay, 5)}"]`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(dayFive.x + dayFive.width / 2, from.y + 10, { steps: 8 });
  await expect(page.locator('.drop-ghost.refused')).toContainText('Session 2 must start between');
  await screenshot(page, '67-drag-session-2-to-day-5');
  await page.mouse.up();
  const refusal = page.getByRole('alert').filter({ hasText: 'Session 2 must start between' });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByRole('button', { name: /^Move to / }).first()).toBeVisible();
  await expect(page.locator(`[data-column="${addCalendarDays(sessionOneDay, 5)}"] .appointment`, { hasText: client })).toHaveCount(0);
  await expect(sessionTwo).toBeVisible();
  await screenshot(page, '68-drag-refused');
});

test('the week fits a tablet held upright: seven days with the hours in view, the client’s name first in a 45-minute block, today marked', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/');
  await signIn(page, demoAccounts.receptionist);
  await expect(page).toHaveURL(/\/today$/);

  // A 45-minute consultation, the shortest block the front desk usually sees.
  const slot = await freeSlot(page, { artist: demoAccounts.artist, durationMinutes: 45, kind: 'consultation' });
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const [artists, clients, clinic] = await Promise.all(['/api/artists', '/api/clients?limit=1', '/api/clinic'].map(async (url) => (await page.request.get(url)).json()));
  const client = clients.items[0];
  const startsAt = zonedInstant(slot.date, slot.time, clinic.timeZone).toISOString();
  const booked = await page.request.post('/api/appointments', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      kind: 'consultation',
      clientId: client.id,
      artistId: artists.items.find((artist: { name: string }) => artist.name === demoAccounts.artist.name).id,
      startsAt,
      durationMinutes: 45,
    },
  });
  expect(booked.ok(), await booked.text()).toBe(true);

  await page.goto(`/calendar?view=week&date=${slot.date}&artist=${(await booked.json()).artist.id}`);
  const block = page.locator(`[data-appointment="${(await booked.json()).id}"]`);
  const name = block.locator('.appointment-client');
  await expect(name).toHaveText(`${client.firstName} ${client.lastName}`);
  // The whole name shows inside the block, and nothing is drawn over it.
  const blockBox = (await block.boundingBox())!;
  const nameBox = (await name.boundingBox())!;
  const statusBox = (await block.locator('.appointment-status').boundingBox())!;
  expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(blockBox.y + blockBox.height);
  expect(await name.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
  const overlaps =
    statusBox.x < nameBox.x + nameBox.width && nameBox.x < statusBox.x + statusBox.width && statusBox.y < nameBox.y + nameBox.height && nameBox.y < statusBox.y + statusBox.height;
  expect(overlaps).toBe(false);
  await screenshot(page, '69-week-on-a-tablet');

  // Sunday is reached inside the grid's own box; the page itself never scrolls sideways, and the hours stay in view.
  const sunday = page.locator('.calendar-heading').last();
  await sunday.scrollIntoViewIfNeeded();
  await expect(sunday).toBeInViewport({ ratio: 1 });
  await expect(page.locator('.calendar-hours')).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.goto('/calendar?view=week');
  const today = page.locator('.calendar-heading[aria-current="date"]');
  await expect(today).toHaveCount(1);
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(today).toBeInViewport();
  await screenshot(page, '70-this-week-on-a-laptop');
});
