import { expect, test } from '@playwright/test';
import { demoAccounts, screenshot, signIn, openClientList } from './helpers';

test('a receptionist creates a client, is warned about a duplicate, and finds the client by search', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.receptionist);
  await openClientList(page);
  await expect(page.getByRole('link', { name: 'Marcus Bennett' })).toBeVisible();
  await screenshot(page, '01-client-list');

  // The keyboard shortcut a receptionist uses all day.
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('heading', { name: 'New client' })).toBeVisible();

  await page.getByLabel('First name').fill('Théo');
  await page.getByLabel('Last name').fill('Lefèvre-Marsh');
  // Typed the way every page shows a date.
  await page.getByLabel('Date of birth').fill('17 feb 1986');
  await page.getByLabel('Phone').fill('(415) 555-0190');
  await page.getByLabel('Email').fill('theo.lefevre@');
  await page.getByLabel('Preferred contact').selectOption('email');
  await page.getByLabel('How they heard of us').selectOption('hair_transplant_clinic');
  await page.getByLabel('Notes').fill('FUE scars at the donor area; wants camouflage.');
  await page.getByRole('button', { name: 'Create client' }).click();

  // The shared schema catches the bad email beside the field, before any request.
  await expect(page.getByText('Enter a valid email address, like name@example.com')).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, '02-field-error');

  await page.getByLabel('Email').fill('theo.lefevre@example.com');
  await page.getByRole('button', { name: 'Create client' }).click();
  await expect(page.getByRole('heading', { name: 'Théo Lefèvre-Marsh' })).toBeVisible();
  await expect(page.getByText('(415) 555-0190')).toBeVisible();
  await expect(page.getByText(/^17 Feb 1986 \(\d+\)$/)).toBeVisible();
  await expect(page.getByText('Hair transplant clinic')).toBeVisible();
  await screenshot(page, '03-client-page');

  // A second record with the same email is questioned by the server, not silently created.
  await page.goto('/clients/new');
  await page.getByLabel('First name').fill('Theo');
  await page.getByLabel('Last name').fill('Lefevre');
  await page.getByLabel('Email').fill('THEO.LEFEVRE@example.com');
  await page.getByRole('button', { name: 'Create client' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'This may be a client you already have' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Théo Lefèvre-Marsh' })).toBeVisible();
  await screenshot(page, '04-duplicate-warning');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Search as you type: partial, without accents, then Enter opens the first match.
  await page.goto('/clients');
  await page.getByRole('heading', { name: 'Clients' }).click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search clients' })).toBeFocused();
  await page.keyboard.type('lefev');
  const results = page.locator('#client-results tbody tr');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Théo Lefèvre-Marsh');
  await screenshot(page, '05-search');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Théo Lefèvre-Marsh' })).toBeVisible();

  // And by phone number, as typed on the phone.
  await page.goto('/clients?q=555-0190');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Théo Lefèvre-Marsh');
});
