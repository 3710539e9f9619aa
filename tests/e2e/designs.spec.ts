import path from 'node:path';
import { expect, request, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { CURRENT_SCREENING_QUESTIONNAIRE, timeInZone, type DesignGeometry } from '@smp/contracts';
import { demoAccounts, demoPassword, drawSignature, drawnSignature, inTheHoursJustPast, screenshot, shownDate, signIn, signTreatmentConsent } from './helpers';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
/** The front photo fixture is 4:3; the drawing view fits it whole into its canvas. */
const FRONT_PHOTO = { width: 320, height: 240 };
const firstShade = 'Perma Blend SMP Pro — Dark Grey';
const secondShade = 'Perma Blend SMP Pro — Soft Black';

test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

/** The owner's own API session, beside the artist's browser: the setup that is not the point of the journey. */
async function ownerApi(baseURL: string) {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/auth/login', { data: { email: demoAccounts.owner.email, password: demoPassword } });
  const headers = { 'X-CSRF-Token': (await signedIn.json()).csrfToken as string };
  const [artists, rooms, clinic] = await Promise.all(['/api/artists', '/api/rooms', '/api/clinic'].map(async (url) => (await api.get(url)).json()));
  const artistId: string = artists.items.find((artist: { name: string }) => artist.name === demoAccounts.artist.name).id;
  const roomId: string = rooms.items[0].id;
  // The visits follow one another today on the clinic's clock (a visit arrives on its own day), each after the last one's end.
  const [hours = 0, minutes = 0] = timeInZone(new Date(), clinic.timeZone).split(':').map(Number);
  let latestHoursAgo = hours + minutes / 60;
  /** The next appointment in the hours just past, after the last one (an owner may, with a reason), moved on to in progress. */
  const bookUnderWay = async (booking: Record<string, unknown> & { durationMinutes: number }) => {
    const quarterHoursAgo = Array.from({ length: Math.floor(latestHoursAgo * 4) }, (_, index) => Math.floor(latestHoursAgo * 4 - index) / 4);
    const { startsAt, response } = await inTheHoursJustPast(quarterHoursAgo, (startsAt) =>
      api.post('/api/appointments', {
        headers,
        data: { artistId, roomId, startsAt: startsAt.toISOString(), override: { reason: 'Recorded after the fact by the browser test' }, ...booking },
      }),
    );
    latestHoursAgo = (Date.now() - startsAt.getTime()) / 3_600_000 - booking.durationMinutes / 60;
    const booked = (await response.json()) as { id: string; consultationId: string | null };
    for (const status of ['arrived', 'in_progress']) expect((await api.post(`/api/appointments/${booked.id}/status`, { headers, data: { status } })).status()).toBe(200);
    return booked;
  };
  return { api, headers, bookUnderWay };
}

/** A new client, screened clear today, whose consultation in the hours just past is booked (its record waits for the artist's photo). */
async function consultedClient(page: Page, owner: Awaited<ReturnType<typeof ownerApi>>, lastName: string): Promise<string> {
  const { api, headers, bookUnderWay } = owner;
  const created = await api.post('/api/clients', { headers, data: { firstName: 'Theo', lastName, email: `theo.${lastName.toLowerCase()}@example.com` } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: clientId } = await created.json();
  const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: false }]));
  const screened = await api.post(`/api/clients/${clientId}/screenings`, {
    headers,
    data: { questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: `Theo ${lastName}`, signature: await drawnSignature(page) },
  });
  expect(screened.status(), await screened.text()).toBe(201);
  await signTreatmentConsent(api, headers, clientId, `Theo ${lastName}`, await drawnSignature(page));
  const { consultationId } = await bookUnderWay({ kind: 'consultation', clientId, durationMinutes: 30 });
  const recorded = await api.put(`/api/clients/${clientId}/consultations/${consultationId!}/record`, {
    headers,
    data: {
      hairLossCauses: ['genetic_pattern'],
      norwoodStage: 3,
      naturalHairColour: 'dark_brown',
      skinTone: 'III',
      usesMinoxidil: false,
      usesFinasteride: false,
      transplantHistory: 'none',
      sunExposure: 'moderate',
      desiredStyle: 'hairline_restoration',
      shadeDirection: 'soft_black',
      expectationsDiscussed: true,
    },
  });
  expect(recorded.status(), await recorded.text()).toBe(200);
  return clientId;
}

/** Where a point of the drawing (fractions of the photo) is on the screen: the photo sits whole and centred in the canvas. */
async function onScreen(canvas: Locator, point: { x: number; y: number }) {
  const box = (await canvas.boundingBox())!;
  const scale = Math.min(box.width / FRONT_PHOTO.width, box.height / FRONT_PHOTO.height);
  const photo = { width: FRONT_PHOTO.width * scale, height: FRONT_PHOTO.height * scale };
  return { x: box.x + (box.width - photo.width) / 2 + point.x * photo.width, y: box.y + (box.height - photo.height) / 2 + point.y * photo.height };
}

/** Drags with the pointer, in small steps as a finger moves. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(from.x + ((to.x - from.x) * step) / 10, from.y + ((to.y - from.y) * step) / 10);
  await page.mouse.up();
}

async function recordPlanSession(page: Page, appointmentId: string, shade: string) {
  await page.goto(`/appointments/${appointmentId}/record`);
  const form = page.getByRole('form', { name: 'Session record' });
  await form.getByRole('checkbox', { name: 'Hairline' }).check();
  await form.getByLabel('Density').selectOption('Medium');
  await form.getByLabel('Dot size').selectOption('Small');
  const pigment = form.getByRole('group', { name: 'Pigment 1' });
  await pigment.getByLabel('Pigment', { exact: true }).selectOption({ label: shade });
  await expect(pigment.getByLabel(/^Lot/)).toHaveValue(/.+/);
  const needle = form.getByLabel(/^Needle lot/);
  await needle.selectOption((await needle.locator('option:not([disabled]):not([value=""])').first().getAttribute('value')) ?? '');
  await form.getByLabel(/^Duration/).fill('45');
  await form.getByLabel(/^Pain/).fill('2');
  await form.getByRole('button', { name: 'Complete session' }).click();
  await expect(page.getByRole('heading', { name: /^Session of / })).toBeVisible();
}

const recallOf = async (api: APIRequestContext, clientId: string) => (await (await api.get(`/api/clients/${clientId}/fading`)).json()).recall as { dueOn: string; reason: string };

test('on a tablet, an artist draws a hairline on the front photo, the client approves it, the plan starts, and a fade check brings the recall forward', async ({ page, baseURL }) => {
  const lastName = `Design${Date.now().toString(36)}`;
  const owner = await ownerApi(baseURL!);
  await page.goto('/');
  const clientId = await consultedClient(page, owner, lastName);

  // The artist opens the client's consultation and photographs the front.
  await signIn(page, demoAccounts.artist);
  await expect(page).toHaveURL(/\/today$/);
  await page.goto(`/clients/${clientId}`);
  await expect(page.getByRole('heading', { name: `Theo ${lastName}` })).toBeVisible();
  await page.getByRole('region', { name: 'Consultations' }).getByRole('link').first().click();
  const upload = page.getByRole('form', { name: 'Add a photo' });
  await upload.getByLabel('View').selectOption('front');
  await upload.getByLabel(/^Photo/).setInputFiles(fixture('scalp-front.jpg'));
  await upload.getByRole('button', { name: 'Upload photo' }).click();
  await page
    .getByRole('region', { name: 'Front' })
    .getByRole('button', { name: /Open front photo/ })
    .click();
  await page.getByRole('dialog').getByRole('link', { name: 'Design hairline' }).click();

  // Drawing: the middle of the hairline is dragged higher with the pointer.
  await expect(page.getByRole('heading', { name: 'Design a hairline' })).toBeVisible();
  const canvas = page.locator('.design-canvas canvas').first();
  await expect(canvas).toBeVisible();
  const middle = await onScreen(canvas, { x: 0.5, y: 0.34 });
  await drag(page, middle, await onScreen(canvas, { x: 0.5, y: 0.24 }));
  await screenshot(page, '130-design-drawing-tablet');
  await page.getByRole('button', { name: 'Save design' }).click();
  await expect(page.getByRole('heading', { name: /Front hairline design\s*Awaiting approval/ })).toBeVisible();
  const designId = /hairline-designs\/([^/?]+)/.exec(page.url())![1]!;
  const drawn = (await (await page.request.get(`/api/hairline-designs/${designId}`)).json()).versions[0].geometry as DesignGeometry;
  expect(drawn.hairline[2]!.y).toBeLessThan(0.3);

  // The client approves it with their name and signature.
  const approval = page.getByRole('form', { name: 'Client’s approval' });
  await approval.getByLabel(/Client’s full name/).fill(`Theo ${lastName}`);
  await drawSignature(page);
  await screenshot(page, '131-design-approval-tablet');
  await approval.getByRole('button', { name: 'Approve the design' }).click();
  await expect(page.getByRole('heading', { name: /Front hairline design\s*Approved/ })).toBeVisible();
  await expect(page.getByRole('img', { name: `Signature of Theo ${lastName}` })).toBeVisible();

  // The hairline restoration plan: session 1 dark grey, session 2 soft black; it starts now the design is approved.
  await page.getByRole('link', { name: 'Back to the client' }).click();
  const plans = page.getByRole('region', { name: 'Treatment plans' });
  await plans.getByRole('button', { name: 'New plan' }).click();
  await expect(plans.getByLabel('Style')).toHaveValue('hairline_restoration');
  await plans.getByLabel('Artist').selectOption({ label: demoAccounts.artist.name });
  await plans
    .getByRole('group', { name: 'Session 1 pigments' })
    .getByRole('checkbox', { name: new RegExp(firstShade) })
    .check();
  await plans
    .getByRole('group', { name: 'Session 2 pigments' })
    .getByRole('checkbox', { name: new RegExp(secondShade) })
    .check();
  await plans.getByRole('button', { name: 'Create plan' }).click();
  await page.getByRole('button', { name: 'Start plan…' }).click();
  await page.getByRole('button', { name: 'Start plan', exact: true }).click();
  await expect(page.getByText('Plan started: session 1 can be booked now.')).toBeVisible();
  await screenshot(page, '132-plan-started-tablet');
  const planId = /plans\/([^/?]+)/.exec(page.url())![1]!;

  // Sessions 1 and 2, booked after the fact by the owner, recorded by the artist with different shades.
  const plan = await (await page.request.get(`/api/treatment-plans/${planId}`)).json();
  const { id: first } = await owner.bookUnderWay({ kind: 'plan_session', clientId, planSessionId: plan.sessions[0].id, durationMinutes: 45 });
  await recordPlanSession(page, first, firstShade);
  const { id: second } = await owner.bookUnderWay({ kind: 'plan_session', clientId, planSessionId: plan.sessions[1].id, durationMinutes: 45 });
  await recordPlanSession(page, second, secondShade);

  await page.goto(`/clients/${clientId}`);
  const fading = page.getByRole('region', { name: 'Fading and maintenance' });
  const before = await recallOf(page.request, clientId);
  await expect(fading).toContainText(`Maintenance recall: ${shownDate(before.dueOn)}`);
  await expect(fading).toContainText('years after the last session');

  // A fade check: the hairline has noticeably faded.
  const { id: fadeCheck } = await owner.bookUnderWay({ kind: 'fade_check', clientId, durationMinutes: 15 });
  await page.goto(`/appointments/${fadeCheck}/fade-assessment`);
  const assessment = page.getByRole('form', { name: 'Fade assessment' });
  await assessment.getByLabel('Hairline').selectOption({ label: '2 — noticeable' });
  await assessment.getByLabel(/^Colour shift/).selectOption({ label: 'None' });
  await screenshot(page, '133-fade-assessment-tablet');
  const saved = page.waitForResponse((response) => response.url().endsWith(`/api/appointments/${fadeCheck}/fade-assessment`) && response.request().method() === 'POST');
  await assessment.getByRole('button', { name: 'Save fade assessment' }).click();
  expect((await saved).status()).toBe(201);

  await page.goto(`/clients/${clientId}`);
  await expect(fading).toContainText('Fading found at the visit');
  const after = await recallOf(page.request, clientId);
  expect(after.dueOn < before.dueOn).toBe(true);
  await expect(fading).toContainText(`Maintenance recall: ${shownDate(after.dueOn)}`);
  const progression = page.getByRole('region', { name: 'Shade progression' });
  await expect(progression).toContainText('Dark Grey');
  await expect(progression).toContainText('Soft Black');
  await expect(progression.getByText('Cool', { exact: true })).toBeVisible();
  await expect(progression.getByText('Neutral', { exact: true })).toBeVisible();
  await screenshot(page, '134-client-fading-and-progression-tablet');
  await owner.api.dispose();
});
