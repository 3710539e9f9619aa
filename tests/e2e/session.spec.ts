import { expect, test } from '@playwright/test';
import { demoAccounts, screenshot, signIn } from './helpers';

test('when the session ends, the next action goes to sign-in and signing in returns to the same page', async ({ page, context }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/clients');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // A signed-out visitor's browser loads the sign-in page's code, not the signed-in app's.
  expect(scripts.some((url) => url.includes('SignedInApp'))).toBe(false);
  await signIn(page, demoAccounts.receptionist);
  await page.getByRole('link', { name: 'Marcus Bennett' }).click();
  await expect(page.getByRole('heading', { name: 'Marcus Bennett' })).toBeVisible();
  const clientPage = page.url();

  // What an idle timeout or a deactivation looks like to the browser: the session cookie no longer works.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Archive client' }).click();

  await expect(page.getByRole('status')).toHaveText('Your session has ended; sign in again.');
  await screenshot(page, '31-session-ended');
  await signIn(page, demoAccounts.receptionist);

  await expect(page).toHaveURL(clientPage);
  // The archive did not happen: the record is still active.
  await expect(page.getByRole('heading', { name: 'Marcus Bennett' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
});
