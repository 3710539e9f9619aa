import { expect, type Page } from '@playwright/test';

export const screenshot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

/** The accounts a first run creates; they share one password. */
export const demoAccounts = {
  owner: { email: 'owner@demo.clinic', name: 'Olivia Grant' },
  receptionist: { email: 'reception@demo.clinic', name: 'Rachel Kim' },
  artist: { email: 'artist@demo.clinic', name: 'Marco Silva' },
} as const;
export const demoPassword = 'smp-demo-2026';

/** Signs in on the sign-in page the app has sent the browser to. */
export async function signIn(page: Page, account: (typeof demoAccounts)[keyof typeof demoAccounts], password = demoPassword) {
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A calendar date some days from today, as a date input takes it. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The next Monday-to-Friday date after today: the demo clinic and artist work then. */
export function nextWorkingDay(): string {
  for (let days = 1; ; days += 1) {
    const date = daysFromToday(days);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return date;
  }
}
