import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccounts, drawSignature, expectNoSidewaysScroll, screenshotsAtWidths, signIn } from './helpers';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const phone = { width: 390, height: 844 };

/** A signed-in member of staff in a browser of their own, beside the client's phone. */
async function staffPage(browser: Browser, account: (typeof demoAccounts)[keyof typeof demoAccounts]): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('/');
  await signIn(page, account);
  await expect(page).toHaveURL(/\/today$/);
  return page;
}

/** The email to the address whose text matches, as the mail catcher caught it (the owner may read it), once it has gone. */
async function caughtEmail(owner: Page, to: string, text: RegExp): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const { items } = (await (await owner.request.get('/api/caught-emails')).json()) as { items: { id: string; to: string[] }[] };
        for (const caught of items.filter((item) => item.to.some((address) => address.includes(to)))) {
          const email = (await (await owner.request.get(`/api/caught-emails/${caught.id}`)).json()) as { subject: string; text: string };
          if (text.test(email.text)) found = email;
        }
        return found;
      },
      { message: `an email to ${to} saying ${text.source}`, timeout: 20_000 },
    )
    .toBeDefined();
  return found!;
}

test('a client books a consultation from their phone, sends their intake; the artist countersigns it, the client signs the consent, and session 1 can be booked', async ({ browser }) => {
  test.setTimeout(180_000);
  // The owner offers online booking: the artist, the kinds, the notice.
  const owner = await staffPage(browser, demoAccounts.owner);
  await owner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
  await owner.getByRole('link', { name: 'Online booking' }).click();
  const settings = owner.getByRole('form', { name: 'Online booking settings' });
  await settings.getByRole('checkbox', { name: 'Take consultation bookings online' }).check();
  await settings
    .getByRole('group', { name: /Artists clients may choose/ })
    .getByRole('checkbox', { name: demoAccounts.artist.name })
    .check();
  await settings.getByRole('checkbox', { name: 'In person' }).check();
  await settings.getByRole('checkbox', { name: 'Video call' }).check();
  await settings.getByLabel(/Minimum notice/).fill('2');
  await settings.getByRole('button', { name: 'Save' }).click();
  await expect(settings.getByRole('status')).toHaveText('Online booking settings saved.');
  await expect(owner.getByRole('textbox', { name: 'Embed snippet' })).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/book"/);
  await screenshotsAtWidths(owner, '160-online-booking-settings');
  await expectNoSidewaysScroll(owner);

  // The client, on their phone: a kind, the artist, a free time.
  const client = await (await browser.newContext({ viewport: phone, isMobile: true, hasTouch: true })).newPage();
  const email = `ada.online.${Date.now()}@example.com`;
  await client.goto('/book');
  await expect(client.getByRole('heading', { name: /Book a consultation at/ })).toBeVisible();
  await client.getByRole('radio', { name: 'At the clinic' }).check();
  await client.getByLabel('Artist').selectOption({ label: demoAccounts.artist.name });
  // The first week with a free time: the week's answer is either times or "No free times".
  const freeTimes = client.getByRole('region', { name: 'Free times' });
  const times = freeTimes.locator('.booking-times button');
  for (let week = 0; week < 4; week += 1) {
    await expect(times.or(freeTimes.getByText(/No free times/)).first()).toBeVisible();
    if ((await times.count()) > 0) break;
    await client.getByRole('button', { name: 'Later week' }).click();
  }
  await times.first().click();
  await screenshotsAtWidths(client, '161-book-choose');
  await expectNoSidewaysScroll(client);
  await client.setViewportSize(phone);
  await client.getByRole('button', { name: 'Next' }).click();
  await client.getByLabel(/First name/).fill('Ada');
  await client.getByLabel(/Last name/).fill('Online');
  await client.getByLabel(/Email/).fill(email);
  await client.getByLabel(/Mobile phone/).fill('+1 212 555 0188');
  await client.getByRole('button', { name: 'Email me a code' }).click();
  await expect(client.getByRole('heading', { name: 'We emailed you a code' })).toBeVisible();
  await screenshotsAtWidths(client, '162-book-code');
  await client.setViewportSize(phone);

  // A wrong code says how many tries are left, beside the field; the emailed one holds the time.
  const code = /Your code: (\d{6})/.exec((await caughtEmail(owner, email, /Your code: \d{6}/)).text)![1]!;
  await client.getByLabel('Code from the email').fill(code === '000000' ? '111111' : '000000');
  await client.getByRole('button', { name: 'Hold my time' }).click();
  await expect(client.getByText('Not the code we sent: 4 tries left')).toBeVisible();
  await client.getByLabel('Code from the email').fill(code);
  await client.getByRole('button', { name: 'Hold my time' }).click();
  await expect(client.getByRole('heading', { name: 'Your time is held' })).toBeVisible();
  await expect(client.getByRole('timer')).toHaveText(/^Held for you for (10:00|9:\d\d)$/);
  await screenshotsAtWidths(client, '163-book-held');
  await client.setViewportSize(phone);
  await client.getByRole('button', { name: 'Confirm booking' }).click();

  await expect(client.getByRole('heading', { name: 'You are booked' })).toBeVisible();
  await expect(client.getByRole('status')).toContainText('with a link to move or cancel it');
  await screenshotsAtWidths(client, '164-book-booked');
  await expectNoSidewaysScroll(client);
  await client.setViewportSize(phone);

  // The manage link in the email opens the booking; its cancel step says the clinic's rule first.
  const { text } = await caughtEmail(owner, email, /\/book\/manage\/[\w-]{43}/);
  await client.goto(/\/book\/manage\/[\w-]{43}/.exec(text)![0]);
  await expect(client.getByRole('heading', { name: /Your consultation at/ })).toBeVisible();
  await client.getByRole('button', { name: 'Cancel the consultation' }).click();
  // Late or not depends on how soon the first free time was.
  await expect(client.getByText(/counts as a late cancellation|Cancelling now is free/)).toBeVisible();
  await screenshotsAtWidths(client, '165-manage-cancel-step');
  await expectNoSidewaysScroll(client);
  await client.setViewportSize(phone);
  await client.getByRole('button', { name: 'Keep my booking' }).click();

  // The intake from home, from the same email: contact, hair, a photo, the signed questionnaire.
  await client.goto(/\/intake\/[\w-]{43}/.exec(text)![0]);
  await expect(client.getByRole('heading', { name: /Before your consultation at/ })).toBeVisible();
  await client.getByLabel(/Mobile phone/).fill('+1 212 555 0188');
  await client.getByRole('radio', { name: 'A text message' }).check();
  await client.getByLabel(/Date of birth/).fill('1988-04-12');
  await client.getByRole('button', { name: /^Next/ }).click();
  await client.getByRole('checkbox', { name: /runs in the family/ }).check();
  await client.getByLabel('Since which year?').fill('2015');
  await client
    .getByRole('group', { name: /minoxidil/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await client
    .getByRole('group', { name: /finasteride/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await client.getByLabel(/Have you had a hair transplant/).selectOption('none');
  await client.getByRole('button', { name: /^Next/ }).click();
  await client.getByLabel('Front photo').setInputFiles(fixture('scalp-front.jpg'));
  await client.getByRole('button', { name: 'Use this photo' }).click();
  await expect(client.getByText('Sent ✓')).toBeVisible();
  await client.getByRole('button', { name: /^Next/ }).click();
  for (let step = 0; step < 5; step += 1) {
    for (const radio of await client.getByRole('radio', { name: 'No' }).all()) await radio.check();
    await client.getByRole('button', { name: /^Next/ }).click();
  }
  await client.getByLabel(/Your full name/).fill('Ada Online');
  await drawSignature(client);
  await client.getByRole('button', { name: 'Sign and send' }).click();
  await expect(client.getByRole('heading', { name: 'Thank you, Ada' })).toBeVisible();

  // Reception sees the new online client on Today and confirms them.
  await owner.goto('/today');
  const newClients = owner.getByRole('region', { name: 'New online clients' });
  await expect(newClients.getByRole('link', { name: 'Ada Online' })).toBeVisible();
  await screenshotsAtWidths(owner, '166-today-new-online-clients');
  await owner.setViewportSize({ width: 1280, height: 900 });
  const clientUrl = await newClients.getByRole('link', { name: 'Ada Online' }).getAttribute('href');
  await newClients.getByRole('button', { name: 'Confirm Ada Online' }).click();
  await expect(newClients.getByRole('link', { name: 'Ada Online' })).toHaveCount(0);
  const clientId = clientUrl!.split('/').at(-1)!;

  // The artist goes through the answers with the client, countersigns, and has them sign the treatment consent on the tablet.
  const artist = await staffPage(browser, demoAccounts.artist);
  await artist.goto(clientUrl!);
  await artist.getByRole('link', { name: /^Intake of / }).click();
  await expect(artist.getByText('Awaiting the artist’s review')).toBeVisible();
  await artist.getByRole('button', { name: 'Countersign the answers' }).click();
  // Countersigned, the intake is the client's screening.
  await expect(artist.getByRole('heading', { name: /^Screening signed/ })).toBeVisible();
  await artist.goto(clientUrl!);
  const eligibility = artist.getByRole('group', { name: 'Eligibility for treatment' });
  await expect(eligibility).toContainText('Treatment consent needed');
  await artist.getByRole('region', { name: 'Consents' }).getByRole('link', { name: 'Sign now: Treatment consent' }).click();
  const consent = artist.getByRole('form', { name: 'Consent to scalp micropigmentation' });
  await consent.getByLabel(/Your full name/).fill('Ada Online');
  await drawSignature(artist);
  await consent.getByRole('button', { name: 'Sign the form' }).click();
  await expect(eligibility).toContainText('Eligible for treatment today');

  // Session 1 of a plan can now be booked, at a free time the API offers.
  const { csrfToken } = (await (await owner.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const [{ items: artists }, { items: pigments }] = (await Promise.all(['/api/artists', '/api/pigments'].map(async (url) => (await owner.request.get(url)).json()))) as [
    { items: { id: string; name: string }[] },
    { items: { id: string }[] },
  ];
  const pigmentIds = [pigments[0]!.id];
  const plan = await owner.request.post('/api/treatment-plans', {
    headers,
    data: { clientId, style: 'density', artistId: artists.find((one) => one.name === demoAccounts.artist.name)!.id, sessions: [{ pigmentIds }, { pigmentIds }] },
  });
  expect(plan.status(), await plan.text()).toBe(201);
  const { id: planId, sessions } = (await plan.json()) as { id: string; sessions: { id: string }[] };
  const started = await owner.request.post(`/api/treatment-plans/${planId}/start`, { headers, data: {} });
  expect(started.status(), await started.text()).toBe(200);
  const answer = await owner.request.get(`/api/treatment-plans/${planId}/next-session-slots`);
  expect(answer.status(), await answer.text()).toBe(200);
  const { slots } = (await answer.json()) as { slots: { startsAt: string; artistId: string; roomId: string | null }[] };
  expect(slots.length, 'a free time for session 1').toBeGreaterThan(0);
  const [first] = slots;
  const booked = await owner.request.post('/api/appointments', {
    headers,
    data: { kind: 'plan_session', clientId, planSessionId: sessions[0]!.id, artistId: first!.artistId, roomId: first!.roomId, startsAt: first!.startsAt },
  });
  expect(booked.status(), await booked.text()).toBe(201);
});
