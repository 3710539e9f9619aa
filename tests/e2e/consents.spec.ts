import { expect, test } from '@playwright/test';
import { demoAccounts, drawSignature, expectNoSidewaysScroll, openClientList, screenshotsAtWidths, signIn } from './helpers';

const client = 'Ravi Shah';

test('the artist has the client sign the treatment consent on the tablet, and their consents show it signed', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.artist);
  await openClientList(page);
  await page.getByRole('link', { name: client }).click();

  const consents = page.getByRole('region', { name: 'Consents' });
  const treatment = consents.getByRole('listitem').filter({ hasText: 'Treatment consent' });
  await expect(treatment).toContainText('Not signed');
  await expect(consents.getByRole('listitem').filter({ hasText: 'Privacy notice' })).toContainText('Not signed');
  await consents.scrollIntoViewIfNeeded();
  await screenshotsAtWidths(page, '90-client-consents');
  await expectNoSidewaysScroll(page);

  await treatment.getByRole('link', { name: /Sign now/ }).click();
  const signing = page.getByRole('form', { name: 'Consent to scalp micropigmentation' });
  await expect(signing).toContainText('Treatment consent · version 2');
  await expect(signing).toContainText('a touch-up is then needed');
  await screenshotsAtWidths(page, '91-consent-signing');
  await expectNoSidewaysScroll(page);

  await signing.getByLabel(/Your full name/).fill(client);
  await drawSignature(page);
  await signing.getByRole('button', { name: 'Sign the form' }).click();

  await expect(treatment).toContainText(/Signed v2 on /);
  await expect(treatment.getByRole('link', { name: /Sign now/ })).toHaveCount(0);
});

test('photo consent is a choice the client makes, and a decline is kept as signed', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.artist);
  await openClientList(page);
  await page.getByRole('link', { name: client }).click();

  const consents = page.getByRole('region', { name: 'Consents' });
  await consents.getByRole('link', { name: 'Sign now: Photos for marketing' }).click();
  const signing = page.getByRole('form', { name: 'Photos in our marketing' });
  await signing.getByLabel(/Your full name/).fill(client);
  await drawSignature(page);
  await signing.getByRole('button', { name: 'Sign the form' }).click();
  await expect(signing.getByText('Agree or decline')).toBeVisible();
  await signing.getByRole('radio', { name: 'I do not agree' }).check();
  await signing.getByRole('button', { name: 'Sign the form' }).click();

  await expect(consents.getByRole('listitem').filter({ hasText: 'Photos for marketing' })).toContainText(/Declined v1 on /);
});

test('an owner reads the consent forms in force and publishes a new version of the privacy notice', async ({ page }) => {
  await page.goto('/');
  await signIn(page, demoAccounts.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('link', { name: 'Consent forms' }).click();

  const treatment = page.getByRole('region', { name: 'Treatment consent' });
  await expect(treatment).toContainText('Version 2 in force, published by Olivia Grant');
  await expect(treatment).toContainText('1 earlier version kept as signed');
  await screenshotsAtWidths(page, '92-consent-forms');
  await expectNoSidewaysScroll(page);

  const privacy = page.getByRole('region', { name: 'Privacy notice' });
  await privacy.getByRole('button', { name: 'Publish a new version' }).click();
  const next = privacy.getByRole('form', { name: 'New version of the privacy notice' });
  await next.getByLabel(/Text the client reads/).fill('');
  await next.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(next.getByText('Write the form’s text')).toBeVisible();
  await next.getByLabel(/Text the client reads/).fill('The clinic keeps your record for as long as the law asks, sees it only to treat you, and logs every look at it.');
  await next.getByRole('button', { name: 'Publish version 2' }).click();
  await expect(privacy).toContainText('Version 2 in force, published by Olivia Grant');
});
