import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { demoAccounts, drawnSignature, drawSignature, freeSlot, screenshotsAtWidths, signIn, signTreatmentConsent } from './helpers';

const client = { firstName: 'Quinn', lastName: 'Ledger' };
const clientName = `${client.firstName} ${client.lastName}`;

/** What this test uses of pdf.js, which the API's own PDF test depends on. */
interface PdfJs {
  getDocument: (source: { data: Uint8Array; standardFontDataUrl: string }) => {
    promise: Promise<{ numPages: number; getPage: (number: number) => Promise<{ getTextContent: () => Promise<{ items: object[] }> }> }>;
  };
}

/** The text of a PDF file, as pdf.js reads it. */
const apiRequire = createRequire(path.join(import.meta.dirname, '../../apps/api/package.json'));
async function pdfText(file: string): Promise<string> {
  const pdfjs = (await import(pathToFileURL(apiRequire.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as PdfJs;
  const standardFontDataUrl = path.join(path.dirname(apiRequire.resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  const document = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl }).promise;
  const pages = await Promise.all(Array.from({ length: document.numPages }, async (_, index) => (await document.getPage(index + 1)).getTextContent()));
  return pages.flatMap((content) => content.items.map((item) => ('str' in item ? item.str : ''))).join(' ');
}

/**
 * As the owner, through the API, what is not the point of the journey: a deposit of 20%
 * and a default tax rate (so that revenue, net of tax, differs from what the client pays),
 * and a new client of the journey's own, screened clear, with a draft density plan.
 */
async function draftPlanWithDepositPolicy(page: Page): Promise<{ clientId: string; planId: string }> {
  const api = page.request;
  const { csrfToken } = await (await api.get('/api/auth/me')).json();
  const headers = { 'X-CSRF-Token': csrfToken };
  const { currency, ...settings } = await (await api.get('/api/billing-settings')).json();
  const policy = await api.put('/api/billing-settings', { headers, data: { ...settings, deposit: { kind: 'percent', percent: 20 } } });
  expect(policy.status(), await policy.text()).toBe(200);
  const rates: { isDefault: boolean; archivedAt: string | null }[] = await (await api.get('/api/tax-rates')).json();
  if (!rates.some((rate) => rate.isDefault && !rate.archivedAt)) {
    const rate = await api.post('/api/tax-rates', { headers, data: { name: 'Sales tax', basisPoints: 800, isDefault: true } });
    expect(rate.status(), await rate.text()).toBe(201);
  }

  // An address of each run's own: a second client with the same one would be asked about as a duplicate.
  const created = await api.post('/api/clients', { headers, data: { ...client, email: `quinn.ledger.${Date.now()}@example.com` } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: clientId } = await created.json();
  const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));
  const screened = await api.post(`/api/clients/${clientId}/screenings`, {
    headers,
    data: { questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: clientName, signature: await drawnSignature(page) },
  });
  expect(screened.status(), await screened.text()).toBe(201);
  await signTreatmentConsent(api, headers, clientId, clientName, await drawnSignature(page));

  const [artists, pigments] = await Promise.all(['/api/artists', '/api/pigments'].map(async (url) => (await api.get(url)).json()));
  const shade = (shadeName: string) => ({ pigmentIds: [pigments.items.find((pigment: { shadeName: string }) => pigment.shadeName === shadeName).id] });
  const plan = await api.post('/api/treatment-plans', {
    headers,
    data: {
      clientId,
      style: 'density',
      artistId: artists.items.find((artist: { name: string }) => artist.name === demoAccounts.artist.name).id,
      sessions: [shade('Dark Grey'), shade('Soft Black')],
    },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  return { clientId, planId: (await plan.json()).id };
}

const dollars = (cents: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** The owner's business reports for this month: the cell of the month's revenue in the table under the chart. */
async function revenueThisMonth(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Business reports' })).toBeVisible();
  await page.getByRole('search', { name: 'Filter the reports' }).getByLabel('Range').selectOption({ label: 'This month' });
  const months = page.getByRole('table', { name: 'Revenue by month' }).locator('tbody tr');
  await expect(months).toHaveCount(1);
  return months.getByRole('cell').last();
}

async function signOutAndIn(page: Page, account: (typeof demoAccounts)[keyof typeof demoAccounts]) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, account);
  await expect(page).toHaveURL(/\/today$/);
}

test('reception quotes a plan, the client signs, the deposit is taken, session 1 booked and the invoice printed; the owner sees the month’s revenue grow', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await signIn(page, demoAccounts.owner);
  await expect(page).toHaveURL(/\/today$/);
  const { clientId, planId } = await draftPlanWithDepositPolicy(page);
  const revenueCell = await revenueThisMonth(page);
  await expect(revenueCell).toHaveText(/^\$[\d,]+\.\d\d$/);
  const revenueBefore = Number((await revenueCell.textContent())!.replaceAll(/\D/g, ''));

  // Reception prepares the quote from the price list and presents it.
  await signOutAndIn(page, demoAccounts.receptionist);
  await page.goto(`/clients/${clientId}/plans/${planId}`);
  await expect(page.getByRole('heading', { name: /Density plan\s*Draft/ })).toBeVisible();
  const quote = page.getByRole('region', { name: /^Quote/ });
  await quote.getByRole('button', { name: 'Prepare quote' }).click();
  const editor = page.getByRole('form', { name: 'New quote' });
  await expect(editor.getByLabel('Description').first()).toHaveValue(/.+/);
  await editor.getByRole('button', { name: 'Present quote' }).click();
  await expect(quote.getByRole('heading', { name: /Quote · version 1\s*Awaiting signature/ })).toBeVisible();

  // The client reads it on the tablet, types their name and signs with a finger.
  await quote.getByRole('button', { name: 'Client signs' }).click();
  const signing = page.getByRole('form', { name: `Your quote, ${clientName}` });
  await signing.getByLabel('Your full name').fill(clientName);
  await screenshotsAtWidths(page, '150-quote-signing');
  await page.setViewportSize({ width: 768, height: 1024 });
  await drawSignature(page);
  await expect(signing.getByRole('img', { name: 'Signature box, signed' })).toBeVisible();
  await signing.getByRole('button', { name: 'Accept the quote' }).click();
  await expect(quote.getByRole('heading', { name: /Quote · version 1\s*Accepted/ })).toBeVisible();
  await expect(quote.getByRole('img', { name: `Signature of ${clientName}` })).toBeVisible();

  // The deposit, by card on the clinic's terminal.
  const account = page.getByRole('region', { name: 'Plan account' });
  await expect(account).toContainText('signed');
  await account.getByRole('button', { name: 'Take deposit' }).click();
  const payment = page.getByRole('dialog', { name: 'Take deposit' });
  await payment.getByLabel('Method').selectOption({ label: 'Card' });
  await payment.getByLabel('Terminal receipt ref').fill('TRM-58213');
  await payment.getByRole('button', { name: 'Take payment' }).click();
  await expect(payment).toBeHidden();
  await expect(account.getByRole('button', { name: 'Take deposit' })).toHaveCount(0);
  await expect(account).toContainText(/Deposit\s*Paid/);
  await expect(account).toContainText('TRM-58213');

  // The plan starts, and session 1 is booked at a time the availability API says is free.
  await page.getByRole('button', { name: 'Start plan…' }).click();
  await page.getByRole('alertdialog', { name: 'Start plan' }).getByRole('button', { name: 'Start plan' }).click();
  await expect(page.getByRole('heading', { name: /Density plan\s*Active/ })).toBeVisible();
  const slot = await freeSlot(page, { artist: demoAccounts.artist, durationMinutes: 210, kind: 'plan_session' });
  await page.getByRole('status').filter({ hasText: 'Plan started' }).getByRole('button', { name: 'Book session 1' }).click();
  const booking = page.getByRole('complementary', { name: 'Book an appointment' });
  await expect(booking.getByLabel('Plan session').locator('option:checked')).toHaveText(/Density: session 1/);
  await booking.getByLabel(/^Day/).fill(slot.date);
  // The free times are listed by day as the app names one, e.g. "Sat 5 Dec".
  const day = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${slot.date}T00:00:00Z`));
  const slotButton = booking.getByRole('group', { name: day, exact: true }).getByRole('button', { name: slot.time, exact: true });
  await slotButton.click();
  await expect(slotButton).toHaveAttribute('aria-pressed', 'true');
  await booking.getByRole('button', { name: 'Book appointment' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Booked ${clientName} with ${demoAccounts.artist.name}` })).toContainText(`${day}, ${slot.time}`);

  // The plan's invoice, issued from the signed quote.
  await account.getByRole('button', { name: 'Issue invoice' }).click();
  const issued = account.getByRole('status').filter({ hasText: /^Invoice INV-\d{4}-\d{4} issued/ });
  await expect(issued).toBeVisible();
  const number = (await issued.getByRole('link').textContent())!;
  await screenshotsAtWidths(page, '151-plan-account');

  // Printed: the PDF the invoice page offers carries the invoice's number and total.
  await issued.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: new RegExp(number) })).toBeVisible();
  const invoiceId = new URL(page.url()).pathname.split('/').at(-1)!;
  const invoice: { number: string; netMinor: number; totalMinor: number } = await (await page.request.get(`/api/invoices/${invoiceId}`)).json();
  expect(invoice.number).toBe(number);
  expect(invoice.totalMinor).toBeGreaterThan(invoice.netMinor);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const file = await download.path();
  expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
  const text = await pdfText(file);
  expect(text).toContain(number);
  expect(text).toContain(clientName);
  const served = await page.request.get((await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!);
  expect(served.headers()['content-type']).toBe('application/pdf');

  // The owner's reports: this month's revenue has grown by the invoice's amount before tax, and the chart draws it.
  await signOutAndIn(page, demoAccounts.owner);
  await expect(await revenueThisMonth(page)).toHaveText(dollars(revenueBefore + invoice.netMinor));
  const chart = page.getByRole('region', { name: 'Revenue by month' }).getByRole('img', { name: 'Chart: Revenue by month' });
  await expect(chart.locator('svg .recharts-bar-rectangle path').first()).toBeVisible();
  await screenshotsAtWidths(page, '152-business-reports');
});
