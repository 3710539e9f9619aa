import type { PatchTest } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { darkGrey, emptyPage, grace, marco, notEligible } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const tested = {
  clientId: grace.id,
  lot: null,
  appliedOn: '2030-01-05',
  readOn: '2030-01-07',
  result: 'passed' as const,
  notes: null,
  recordedBy: marco,
  recordedAt: '2030-01-07T10:00:00.000Z',
};
const ofCatalogue: PatchTest = { ...tested, id: 'e1000000-0000-4000-8000-000000000001', pigment: 'Perma Blend SMP Pro — Dark Grey', pigmentId: darkGrey.id };
const typedOnly: PatchTest = { ...tested, id: 'e1000000-0000-4000-8000-000000000002', pigment: 'Soft black, diluted', pigmentId: null };

describe('the client’s patch tests', () => {
  it('say that a test typed before pigments were named clears no pigment', async () => {
    stubApi({
      'GET /api/auth/me': () => json(sessionFor('artist')),
      'GET /api/clinic': () => json(clinicSettings),
      [`GET /api/clients/${grace.id}`]: () => json(grace),
      [`GET /api/clients/${grace.id}/eligibility`]: () => json(notEligible),
      [`GET /api/clients/${grace.id}/screenings`]: () => json(emptyPage),
      [`GET /api/clients/${grace.id}/patch-tests`]: () => json({ items: [typedOnly, ofCatalogue], nextCursor: null }),
    });
    renderApp(`/clients/${grace.id}`);

    await screen.findByRole('cell', { name: /Soft black, diluted/ }, { timeout: 5000 });
    const table = within(screen.getByRole('table', { name: 'Patch tests' }));
    const [typedRow, catalogueRow] = table.getAllByRole('row').slice(1);
    expect(typedRow!.textContent).toContain('Soft black, dilutedNames no catalogue pigment — clears none');
    expect(catalogueRow!.textContent).toContain('Perma Blend SMP Pro — Dark Grey');
    expect(catalogueRow!.textContent).not.toContain('clears none');
  }, 15_000);
});
