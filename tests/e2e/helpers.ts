import { expect, type APIRequestContext, type APIResponse, type Locator, type Page } from '@playwright/test';
import { addCalendarDays, dateInZone, timeInZone } from '@smp/contracts';

export const screenshot = (page: Page, name: string) => page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });

/** The page at three widths: a phone, a tablet and a desktop. */
export async function screenshotsAtWidths(page: Page, name: string) {
  for (const [width, label] of [
    [390, 'phone'],
    [768, 'tablet'],
    [1280, 'desktop'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${label}`);
  }
}

/** Nothing on the page is wider than the window, from the narrowest phone the app promises to fit (360 px) to a desktop. */
export async function expectNoSidewaysScroll(page: Page, widths = [360, 390, 768, 1280]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width}px`).toBeLessThanOrEqual(width);
  }
}

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

/** Signs with the pointer in the page's signature box, as a client does with a finger. */
export async function drawSignature(page: Page) {
  const pad = page.getByRole('img', { name: /Signature box/ });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let x = 0; x <= 220; x += 10) await page.mouse.move(box.x + 30 + x, box.y + box.height * 0.6 - Math.sin(x / 18) * 40);
  await page.mouse.up();
}

/** A signature as the browser's canvas exports it, for a screening or consent given through the API. */
export function drawnSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 300;
    canvas.height = 100;
    const context = canvas.getContext('2d')!;
    context.moveTo(20, 70);
    context.bezierCurveTo(80, 10, 160, 90, 280, 30);
    context.stroke();
    return canvas.toDataURL('image/png');
  });
}

/** The client signs the treatment consent in force, given through the API by a clinician: session 1 may then be booked. */
export async function signTreatmentConsent(api: APIRequestContext, headers: Record<string, string>, clientId: string, signedName: string, signature: string) {
  const { items } = (await (await api.get('/api/consent-templates')).json()) as { items: { id: string; kind: string }[] };
  // Newest version of each kind first.
  const treatment = items.find((form) => form.kind === 'treatment');
  expect(treatment, 'a published treatment consent').toBeDefined();
  const signed = await api.post(`/api/clients/${clientId}/consents`, { headers, data: { templateId: treatment!.id, granted: true, signedName, signature } });
  expect(signed.status(), await signed.text()).toBe(201);
}

/** Everyone lands on Today after signing in; the client list is the top bar's Clients link. */
/** In the booking panel: the client found by name and the artist chosen. */
export async function pickClientAndArtist(booking: Locator, clientName: string, artistName: string) {
  await booking.getByLabel('Client').fill(clientName);
  await booking
    .getByRole('list', { name: 'Matching clients' })
    .getByRole('button', { name: new RegExp(clientName) })
    .click();
  await booking.getByLabel('Artist').selectOption({ label: artistName });
}

export async function openClientList(page: Page) {
  await expect(page).toHaveURL(/\/today$/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page).toHaveURL(/\/clients$/);
}

/**
 * Tries `attempt` at whole quarter-hours some hours before now, in turn, until one
 * is not refused as taken (409): an owner books or moves into the hours just past,
 * which fit whatever the time and day the test runs. Returns the time that took.
 */
export async function inTheHoursJustPast(hoursAgo: number[], attempt: (startsAt: Date) => Promise<APIResponse>): Promise<{ startsAt: Date; response: APIResponse }> {
  const quarterHour = 15 * 60_000;
  for (const hours of hoursAgo) {
    const startsAt = new Date(Math.floor(Date.now() / quarterHour) * quarterHour - hours * 3_600_000);
    const response = await attempt(startsAt);
    if (response.status() === 409) continue;
    expect(response.ok(), await response.text()).toBe(true);
    return { startsAt, response };
  }
  throw new Error(`No free time ${hoursAgo.join(', ')} hours ago`);
}

/** What the signed-in user of the page reads from the API. */
async function read<T>(page: Page, url: string, params?: Record<string, string | number>): Promise<T> {
  const response = await page.request.get(url, { params });
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

/** A day some days from the clinic's today (not the UTC day, nor this machine's), as a date input takes it. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD day as the app shows it and its date fields hold it, e.g. "3 Dec 2026". */
export function shownDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? '?'} ${year}`;
}

export async function clinicDay(page: Page, days: number): Promise<string> {
  const { timeZone } = await read<{ timeZone: string }>(page, '/api/clinic');
  return addCalendarDays(dateInZone(new Date(), timeZone), days);
}

/**
 * The first start from tomorrow on that the availability API says is free for the
 * artist, on the clinic's calendar and clock: a journey books there, so it meets
 * neither the demo data nor another journey's bookings, whatever the day it runs.
 */
export async function freeSlot(page: Page, { artist, durationMinutes, kind }: { artist: { name: string }; durationMinutes: number; kind: string }): Promise<{ date: string; time: string }> {
  const [{ timeZone }, artists] = await Promise.all([read<{ timeZone: string }>(page, '/api/clinic'), read<{ items: { id: string; name: string }[] }>(page, '/api/artists')]);
  const from = addCalendarDays(dateInZone(new Date(), timeZone), 1);
  const { slots } = await read<{ slots: { startsAt: string }[] }>(page, '/api/availability', {
    artistId: artists.items.find((candidate) => candidate.name === artist.name)!.id,
    from,
    to: addCalendarDays(from, 27),
    durationMinutes,
    kind,
  });
  expect(slots.length, `free time for ${artist.name} in the four weeks from ${from}`).toBeGreaterThan(0);
  const startsAt = new Date(slots[0]!.startsAt);
  return { date: dateInZone(startsAt, timeZone), time: timeInZone(startsAt, timeZone) };
}
