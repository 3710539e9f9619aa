import { expect, test } from '@playwright/test';
import { clinicDay, demoAccounts, screenshot, shownDate, signIn } from './helpers';

test('an owner adds an artist with certifications and finds that, and a client being opened, in the audit trail', async ({ page }) => {
  await page.goto('/staff');
  await signIn(page, demoAccounts.owner);

  // Back to the page asked for, with the owners' pages in the nav.
  await expect(page.getByRole('heading', { name: 'Staff' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'Today',
    'Clients',
    'Calendar',
    'Follow-ups',
    'Pigments & needles',
    'Reports',
    'Staff',
    'Audit trail',
    'Settings',
    'Scheduling',
    'Messages',
  ]);
  await expect(page.getByRole('link', { name: 'Marco Silva' })).toBeVisible();
  await screenshot(page, '11-staff-list');

  await page.getByRole('link', { name: 'New staff member' }).click();
  await page.getByLabel('Name').fill('Ana Costa');
  await page.getByLabel('Email (used to sign in)').fill('ana.costa@demo.clinic');
  await page.getByLabel('Role').selectOption('artist');
  await page.getByLabel(/^Password/).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();
  await screenshot(page, '12-new-staff-form');

  await page.getByLabel(/^Password/).fill('first-day-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Costa' })).toBeVisible();
  await expect(page.getByText('No certifications on record')).toBeVisible();

  // One certification runs out within 30 days and is flagged; the other is fine.
  const certifications = page.getByRole('region', { name: 'Certifications' });
  await page.getByRole('textbox', { name: 'Certification', exact: true }).fill('Bloodborne pathogens');
  await page.getByLabel('Issuer').fill('American Red Cross');
  await page.getByLabel('Issued on').fill(await clinicDay(page, -345));
  await page.getByLabel('Expires on').fill(await clinicDay(page, 20));
  await page.getByRole('button', { name: 'Add certification' }).click();
  await expect(certifications.getByRole('row', { name: /Bloodborne pathogens/ })).toContainText('Expires in 20 days');
  await expect(page.getByRole('textbox', { name: 'Certification', exact: true })).toHaveValue('');

  await page.getByRole('textbox', { name: 'Certification', exact: true }).fill('Scalp micropigmentation practitioner');
  await page.getByLabel('Issuer').fill('SMP Academy');
  await page.getByLabel('Expires on').fill(await clinicDay(page, 400));
  await page.getByRole('button', { name: 'Add certification' }).click();
  await expect(certifications.getByRole('row', { name: /Scalp micropigmentation practitioner/ })).toBeVisible();
  await expect(certifications.getByRole('row', { name: /Scalp micropigmentation practitioner/ })).not.toContainText('Expires in');
  await screenshot(page, '13-artist-certifications');

  // A client's record is opened: that read is in the trail, reached from the client's page.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await page.getByRole('link', { name: 'Marcus Bennett' }).click();
  await expect(page.getByRole('heading', { name: 'Marcus Bennett' })).toBeVisible();
  await page.getByRole('link', { name: 'View audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByText('Client: Marcus Bennett')).toBeVisible();
  // Not necessarily the newest row: the client page also reads the client's screenings and consultations.
  const openedRecord = page.getByRole('row', { name: /Opened client record/ }).first();
  await expect(openedRecord).toContainText('Olivia Grant');
  await expect(openedRecord.getByRole('link', { name: 'Marcus Bennett' })).toHaveAttribute('href', /\/clients\//);
  await screenshot(page, '14-audit-trail-client');

  // The whole trail, then only staff accounts added.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('row', { name: /Added staff account/ }).getByRole('link', { name: 'Ana Costa' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Added certification/ })).toHaveCount(2);
  await screenshot(page, '15-audit-trail');

  await page.getByLabel('Action').selectOption({ label: 'Added staff account' });
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await expect(page.locator('table tbody tr')).toContainText('Ana Costa');
  // Today on the clinic's calendar, which an evening in New York is not in UTC.
  const today = await clinicDay(page, 0);
  // By role: the Action filter's label holds its options' words, and one of them has "from" in it.
  const from = page.getByRole('textbox', { name: /^From/ });
  await from.fill(today);
  // The end of the range is picked from the calendar, which opens on the range's start.
  const to = page.locator('.inline-field', { has: page.getByLabel('To', { exact: true }) });
  await to.getByRole('button', { name: 'Show calendar' }).click();
  await page.getByRole('dialog', { name: 'Choose a day' }).locator(`[data-day="${today}"] button`).click();
  await expect(from).toHaveValue(shownDate(today));
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(shownDate(today));
  await expect(page.locator('table tbody tr')).toHaveCount(1);
  await screenshot(page, '16-audit-trail-filtered');

  // Settings: open on Sunday mornings.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Clinic settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Add hours on Sunday' }).click();
  await page.getByLabel('Sunday: closes').fill('13:00');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status')).toHaveText('Settings saved.');
  await expect(page.getByLabel('Sunday: opens')).toHaveValue('09:00');
  await screenshot(page, '17-clinic-settings');
});
