import { expect, test } from '@playwright/test';
import { demoAccounts, screenshot, signIn } from './helpers';

test('a receptionist is not offered the owners’ pages, is refused them by address, and signs out', async ({ page }) => {
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fclients$/);

  // A wrong password is refused in plain words; the email stays for the next try.
  await signIn(page, demoAccounts.receptionist, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('That email and password do not match an active account. Check both and try again.');
  await expect(page.getByLabel('Email')).toHaveValue(demoAccounts.receptionist.email);
  await expect(page.getByLabel('Password')).toBeFocused();
  await screenshot(page, '21-sign-in-refused');

  await signIn(page, demoAccounts.receptionist);
  await expect(page).toHaveURL(/\/clients$/);
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await expect(mainNav.getByRole('link')).toHaveText(['Today', 'Clients', 'Calendar', 'Follow-ups']);
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Rachel Kim');
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Receptionist');
  await screenshot(page, '22-receptionist-clients');

  // Client pages carry no audit-trail link for this role.
  await page.getByRole('link', { name: 'Marcus Bennett' }).click();
  await expect(page.getByRole('heading', { name: 'Marcus Bennett' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'View audit trail' })).toHaveCount(0);

  for (const path of ['/staff', '/audit', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText('Not allowed. Only owners can open this page');
  }
  await page.goto('/staff');
  await screenshot(page, '23-staff-not-allowed');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');

  // Signed out means signed out on the server too: the pages send back to sign-in.
  await page.goto('/clients');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
