import { expect, test } from '@playwright/test';
import { addCalendarDays } from '@smp/contracts';
import { demoAccounts, screenshot, signIn, openClientList } from './helpers';

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
  await plans.getByLabel('Session 1 shade').fill('Dark grey, diluted');
  await plans.getByLabel('Session 2 shade').fill('Soft black');
  await screenshot(page, '61-new-plan');
  await plans.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: /Density plan\s*Draft/ })).toBeVisible();
  await page.getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { name: /Density plan\s*Active/ })).toBeVisible();
  await screenshot(page, '62-plan-started');

  // Session 1 from the free slots; on a Wednesday to Friday, so day 5 and day 7 after it share a week.
  await page.getByRole('link', { name: 'Book session 1' }).click();
  const booking = page.getByRole('complementary', { name: 'Book an appointment' });
  await expect(booking.getByText(client)).toBeVisible();
  await expect(booking.getByLabel('Plan session').locator('option:checked')).toHaveText(/Density: session 1/);
  const weekday = booking.getByRole('group', { name: /^(Wed|Thu|Fri) / }).first();
  await weekday.getByRole('button').first().click();
  await expect(weekday.getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, '63-book-session-1');
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('status')).toContainText(`Booked ${client} with Marco Silva`);
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
