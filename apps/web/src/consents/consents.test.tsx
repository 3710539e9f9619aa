import type { ClientConsents, ConsentTemplate } from '@smp/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { emptyPage, grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const olivia = { id: sessionFor('owner').staff.id, name: sessionFor('owner').staff.name };
const marco = { id: sessionFor('artist').staff.id, name: sessionFor('artist').staff.name };
let formNumber = 0;
const form = (kind: ConsentTemplate['kind'], version: number, title: string, body: string): ConsentTemplate => ({
  id: `c0000000-0000-4000-8000-${String((formNumber += 1)).padStart(12, '0')}`,
  kind,
  version,
  title,
  body,
  publishedBy: olivia,
  publishedAt: '2026-01-05T15:00:00.000Z',
});
const treatmentV2 = form('treatment', 2, 'Consent to scalp micropigmentation', 'I agree to scalp micropigmentation by the clinic’s artists.\n\nI know a touch-up may be needed.');
const photos = form('photo_record', 1, 'Photos for your record', 'The artist photographs your scalp before and after each session.');
const signedAt = '2026-02-03T15:00:00.000Z';

const consents: ClientConsents = {
  clientId: grace.id,
  askAtNextVisit: false,
  forms: [
    {
      kind: 'treatment',
      state: 'outdated',
      current: treatmentV2,
      latest: {
        id: 'd0000000-0000-4000-8000-000000000001',
        templateId: 'e0000000-0000-4000-8000-000000000001',
        version: 1,
        granted: true,
        signedName: 'Grace Liu',
        signedAt,
        witnessedBy: marco,
      },
    },
    { kind: 'privacy_notice', state: 'unpublished', current: null, latest: null },
    { kind: 'photo_record', state: 'not_signed', current: photos, latest: null },
    {
      kind: 'marketing_use',
      state: 'declined',
      current: form('marketing_use', 1, 'Photos in our marketing', 'You may let the clinic show your photos, without your name.'),
      latest: {
        id: 'd0000000-0000-4000-8000-000000000002',
        templateId: 'e0000000-0000-4000-8000-000000000002',
        version: 1,
        granted: false,
        signedName: 'Grace Liu',
        signedAt,
        witnessedBy: marco,
      },
    },
  ],
};

function stubClient(routes: Record<string, (request: FakeRequest) => Response> = {}) {
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/history`]: () => json(emptyPage),
    [`GET /api/clients/${grace.id}/consents`]: () => json(consents),
    ...routes,
  });
}

beforeEach(() => {
  // jsdom draws nothing: the signature pad's strokes go to a stand-in, and its PNG is a fixed one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn() } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
});

function drawOn(signing: ReturnType<typeof within>) {
  const pad = signing.getByRole('img', { name: /Signature box/ });
  fireEvent.pointerDown(pad, { pointerId: 1, clientX: 10, clientY: 10 });
  fireEvent.pointerUp(pad, { pointerId: 1, clientX: 40, clientY: 20 });
}

describe('a client’s consents', () => {
  it('lists each form with where the client stands, and offers signing where a signature is awaited', async () => {
    stubClient();
    renderApp(`/clients/${grace.id}`);
    const list = within(await screen.findByRole('list', { name: 'Consent forms' }, { timeout: 5000 }));
    const rows = list.getAllByRole('listitem').map((row) => row.textContent);
    expect(rows).toEqual([
      'Treatment consentOutdated: signed v1 on 3 Feb 2026, v2 is in forceSign now',
      'Privacy noticeNo form published',
      'Photos for the recordNot signedSign now',
      'Photos for marketingDeclined v1 on 3 Feb 2026Sign now',
    ]);
    expect(list.getByRole('link', { name: 'Sign now: Treatment consent' }).getAttribute('href')).toBe(`/clients/${grace.id}/consents/treatment/sign`);
  });

  it('asks for the new version at the next visit of a client already treated', async () => {
    stubClient({ [`GET /api/clients/${grace.id}/consents`]: () => json({ ...consents, askAtNextVisit: true }) });
    renderApp(`/clients/${grace.id}`);
    expect((await screen.findByRole('note', {}, { timeout: 5000 })).textContent).toMatch(/new version of the treatment consent is in force/);
  });
});

describe('signing a consent form on the tablet', () => {
  it('shows the version in force and sends the typed name and signature, witnessed by whoever is signed in', async () => {
    const requests = stubClient({ [`POST /api/clients/${grace.id}/consents`]: () => json({ ...consents, forms: consents.forms.map((entry) => ({ ...entry })) }, 201) });
    renderApp(`/clients/${grace.id}/consents/treatment/sign`);
    const signing = within(await screen.findByRole('form', { name: 'Consent to scalp micropigmentation' }, { timeout: 5000 }));
    expect(signing.getByText(/I know a touch-up may be needed/)).toBeTruthy();
    expect(signing.getByText('Treatment consent · version 2')).toBeTruthy();
    // Treatment consent is agreed by signing: there is nothing to decline.
    expect(signing.queryByRole('radio')).toBeNull();

    await userEvent.click(signing.getByRole('button', { name: 'Sign the form' }));
    expect(signing.getByText('Type the client’s full name')).toBeTruthy();
    expect(signing.getByText('Draw the signature')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(signing.getByLabelText(/Your full name/), 'Grace Liu');
    drawOn(signing);
    await userEvent.click(signing.getByRole('button', { name: 'Sign the form' }));
    expect(await screen.findByRole('list', { name: 'Consent forms' })).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      templateId: treatmentV2.id,
      granted: true,
      signedName: 'Grace Liu',
      signature: 'data:image/png;base64,iVBORw0KGgo=',
    });
  }, 15_000);

  it('asks the client to agree or decline photo consent, and keeps a decline as signed', async () => {
    const requests = stubClient({ [`POST /api/clients/${grace.id}/consents`]: () => json(consents, 201) });
    renderApp(`/clients/${grace.id}/consents/photo_record/sign`);
    const signing = within(await screen.findByRole('form', { name: 'Photos for your record' }, { timeout: 5000 }));
    await userEvent.type(signing.getByLabelText(/Your full name/), 'Grace Liu');
    drawOn(signing);
    await userEvent.click(signing.getByRole('button', { name: 'Sign the form' }));
    expect(signing.getByText('Agree or decline')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.click(signing.getByRole('radio', { name: 'I do not agree' }));
    await userEvent.click(signing.getByRole('button', { name: 'Sign the form' }));
    await screen.findByRole('list', { name: 'Consent forms' });
    expect(requests.find((request) => request.method === 'POST')?.body).toMatchObject({ templateId: photos.id, granted: false });
  }, 15_000);

  it('shows the API’s refusal beside the field it names', async () => {
    stubClient({
      [`POST /api/clients/${grace.id}/consents`]: () => problem(400, '/problems/validation', { detail: 'Check the form', errors: [{ field: 'signature', message: 'Draw the signature' }] }),
    });
    renderApp(`/clients/${grace.id}/consents/treatment/sign`);
    const signing = within(await screen.findByRole('form', { name: 'Consent to scalp micropigmentation' }, { timeout: 5000 }));
    await userEvent.type(signing.getByLabelText(/Your full name/), 'Grace Liu');
    drawOn(signing);
    await userEvent.click(signing.getByRole('button', { name: 'Sign the form' }));
    expect(await signing.findByText('Draw the signature')).toBeTruthy();
  }, 15_000);
});
