import { addCalendarDays, type Staff } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../shared/zoned-time';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { renderApp } from '../test-support/render-app';

const today = todayIn(clinicSettings.timeZone);
const rules = { requiredForTreatment: false, covers: [], overriddenUntil: null };
const artist: Staff = {
  id: '8f2d4f8a-372e-4e67-96ef-7611f0a5556f',
  name: 'Marco Silva',
  email: 'artist@demo.clinic',
  role: 'artist',
  status: 'active',
  certifications: [
    { id: 'c0000000-0000-4000-8000-000000000001', name: 'Bloodborne pathogens', issuer: 'American Red Cross', issuedOn: null, expiresOn: addCalendarDays(today, -1), ...rules },
    { id: 'c0000000-0000-4000-8000-000000000002', name: 'First aid', issuer: null, issuedOn: null, expiresOn: addCalendarDays(today, 12), ...rules },
    { id: 'c0000000-0000-4000-8000-000000000003', name: 'SMP practitioner', issuer: 'SMP Academy', issuedOn: null, expiresOn: addCalendarDays(today, 400), ...rules },
  ],
  deactivatedAt: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

function renderStaffPage(routes: Record<string, (request: FakeRequest) => Response> = {}) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/staff/${artist.id}`]: () => json(artist),
    ...routes,
  });
  renderApp(`/staff/${artist.id}`);
  return requests;
}

const certificationRow = (name: string) => within(screen.getByRole('region', { name: 'Certifications' })).getByRole('row', { name: new RegExp(name) });

describe('StaffPage', () => {
  it('flags certifications that have expired or expire within 30 days', async () => {
    renderStaffPage();
    expect(await screen.findByRole('heading', { name: 'Marco Silva' })).toBeTruthy();
    expect(within(certificationRow('Bloodborne pathogens')).getByText('Expired').className).toBe('tag danger');
    expect(within(certificationRow('First aid')).getByText('Expires in 12 days').className).toBe('tag warning');
    expect(within(certificationRow('SMP practitioner')).queryByText(/Expire/)).toBeNull();
  });

  it('adds a certification, sending blank optional fields as null', async () => {
    const added = { id: 'c0000000-0000-4000-8000-000000000004', name: 'Infection control', issuer: null, issuedOn: null, expiresOn: addCalendarDays(today, 200), ...rules };
    const requests = renderStaffPage({
      [`POST /api/staff/${artist.id}/certifications`]: () => json({ ...artist, certifications: [...artist.certifications, added] }, 201),
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Certification' }), 'Infection control');
    await userEvent.type(screen.getByLabelText(/^Expires on/), added.expiresOn);
    await userEvent.click(screen.getByRole('button', { name: 'Add certification' }));

    expect(await screen.findByRole('row', { name: /Infection control/ })).toBeTruthy();
    expect(requests.findLast((request) => request.method !== 'GET')?.body).toEqual({
      name: 'Infection control',
      issuer: null,
      issuedOn: null,
      expiresOn: added.expiresOn,
      requiredForTreatment: false,
      covers: [],
    });
    expect(screen.getByRole('textbox', { name: 'Certification' })).toHaveProperty('value', '');
  });

  it('marks a certification as required for treatment and covering edge-up', async () => {
    const added = {
      id: 'c0000000-0000-4000-8000-000000000005',
      name: 'Edge-up masterclass',
      issuer: null,
      issuedOn: null,
      expiresOn: addCalendarDays(today, 300),
      requiredForTreatment: true,
      covers: ['edge_up' as const],
      overriddenUntil: null,
    };
    const requests = renderStaffPage({
      [`POST /api/staff/${artist.id}/certifications`]: () => json({ ...artist, certifications: [...artist.certifications, added] }, 201),
    });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Certification' }), 'Edge-up masterclass');
    await userEvent.type(screen.getByLabelText(/^Expires on/), added.expiresOn);
    await userEvent.click(screen.getByRole('checkbox', { name: /^Required for treatment/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Covers edge-up/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add certification' }));

    const row = await screen.findByRole('row', { name: /Edge-up masterclass/ });
    expect(within(row).getByText('Required for treatment')).toBeTruthy();
    expect(within(row).getByText('Covers edge-up')).toBeTruthy();
    expect(requests.findLast((request) => request.method !== 'GET')?.body).toMatchObject({ requiredForTreatment: true, covers: ['edge_up'] });
  });

  it('lets an owner keep an artist working past an expired certification, with a reason and a last day', async () => {
    const until = addCalendarDays(today, 7);
    const [expired, ...others] = artist.certifications;
    const requests = renderStaffPage({
      [`POST /api/staff/${artist.id}/certifications/${expired!.id}/overrides`]: () =>
        json({ ...artist, certifications: [{ ...expired!, requiredForTreatment: true, overriddenUntil: until }, ...others] }, 201),
    });
    expect(await screen.findByRole('heading', { name: 'Marco Silva' })).toBeTruthy();
    expect(within(certificationRow('First aid')).queryByRole('button', { name: /Let work on/ })).toBeNull();
    await userEvent.click(within(certificationRow('Bloodborne pathogens')).getByRole('button', { name: 'Let work on past Bloodborne pathogens' }));
    const form = screen.getByRole('form', { name: 'Let work on past Bloodborne pathogens' });
    await userEvent.type(within(form).getByRole('textbox', { name: /Why may they work on/ }), 'Renewal passed, certificate being issued');
    await userEvent.clear(within(form).getByLabelText(/^Valid until/));
    await userEvent.type(within(form).getByLabelText(/^Valid until/), until);
    await userEvent.click(within(form).getByRole('button', { name: 'Let them work on' }));

    expect(await within(certificationRow('Bloodborne pathogens')).findByText(/Owner lets them work on until/)).toBeTruthy();
    expect(requests.findLast((request) => request.method !== 'GET')?.body).toEqual({ reason: 'Renewal passed, certificate being issued', validUntil: until });
    expect(screen.queryByRole('form', { name: /Let work on past/ })).toBeNull();
  });

  it('asks before deactivating, and shows why the server refused', async () => {
    renderStaffPage({
      [`POST /api/staff/${artist.id}/deactivate`]: () => problem(409, '/problems/conflict', { detail: 'The clinic needs at least one active owner' }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Deactivate account' });
    expect(dialog.textContent).toContain('They are signed out at once');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deactivate account' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The clinic needs at least one active owner');
  });
});
