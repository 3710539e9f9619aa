import type { Design, DesignGeometry, DesignVersion } from '@smp/contracts';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { grace, marco } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';
import { startingGeometry } from './design-geometry';

const photoId = '5a0c1e2f-3c1e-4b8e-9a51-52b5a0c1e2f3';
const designId = '7d1f6a1e-3c1e-4b8e-9a51-52b5a0c1e2f3';

const consultationVersion: DesignVersion = {
  id: designId,
  version: 1,
  kind: 'consultation',
  photo: { id: photoId, view: 'front', width: 1200, height: 900, takenAt: '2026-03-10T15:00:00.000Z', thumbnailUrl: '/thumbnail', previewUrl: '/preview' },
  geometry: {
    ...startingGeometry(),
    guides: {
      ...startingGeometry().guides,
      midline: [
        { x: 0.5, y: 0.05 },
        { x: 0.5, y: 0.95 },
      ],
    },
  },
  reason: null,
  signedName: null,
  signature: null,
  createdBy: marco,
  createdAt: '2026-03-10T15:10:00.000Z',
};
const drawn: Design = { id: designId, clientId: grace.id, view: 'front', approved: false, versions: [consultationVersion] };

function renderAt(path: string, routes: Record<string, (request: FakeRequest) => Response>) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('artist')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}/photos`]: () => json({ items: [], nextCursor: null }),
    [`GET /api/clients/${grace.id}`]: () => json({ ...grace, dateOfBirth: '1986-02-17' }),
    ...routes,
  });
  renderApp(path);
  return requests;
}

beforeEach(() => {
  // The drawing view sizes itself to the page; jsdom lays nothing out, so there is no canvas to draw on here.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  // Nor does it draw on a canvas: the signature pad's strokes go to a stand-in, and its PNG is a fixed one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn() } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
});

describe('designing a hairline', () => {
  it('saves the drawing with the guides switched on as the consultation design, then shows it awaiting approval', async () => {
    const requests = renderAt(`/clients/${grace.id}/hairline-designs/draw?photo=${photoId}`, {
      [`POST /api/clients/${grace.id}/hairline-designs`]: () => json(drawn, 201),
      [`GET /api/hairline-designs/${designId}`]: () => json(drawn),
    });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Mid-line' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save design' }));

    expect(await screen.findByRole('heading', { name: /Front hairline design\s*Awaiting approval/ })).toBeTruthy();
    const sent = requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({ photoId, geometry: consultationVersion.geometry });
    expect(screen.getByRole('form', { name: 'Client’s approval' })).toBeTruthy();
  });

  it('moves a point from the keyboard and saves the drawing with it moved', async () => {
    const requests = renderAt(`/clients/${grace.id}/hairline-designs/draw?photo=${photoId}`, {
      [`POST /api/clients/${grace.id}/hairline-designs`]: () => json(drawn, 201),
      [`GET /api/hairline-designs/${designId}`]: () => json(drawn),
    });
    const drawing = await screen.findByRole('application', { name: 'Hairline drawing' });
    act(() => drawing.focus());
    // Tab chooses the second hairline point; two small steps right, and a big one up (the photo taken as 4:3 until it loads).
    await userEvent.keyboard('{Tab}{ArrowRight}{ArrowRight}{Shift>}{ArrowUp}{/Shift}');

    expect(document.activeElement).toBe(drawing);
    expect(screen.getByText('Hairline point 2 of 5: 37% across, 29.3% down')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Point' })).toHaveProperty('value', 'hairline-1');
    await userEvent.click(screen.getByRole('button', { name: 'Save design' }));

    await screen.findByRole('heading', { name: /Front hairline design\s*Awaiting approval/ });
    const sent = requests.find((request) => request.method === 'POST')?.body as { geometry: DesignGeometry };
    const start = startingGeometry();
    expect(sent.geometry.hairline[1]!.x).toBeCloseTo(0.37, 10);
    expect(sent.geometry.hairline[1]!.y).toBeCloseTo(0.36 - 0.05 * (4 / 3), 10);
    expect(sent.geometry.hairline.filter((_, index) => index !== 1)).toEqual(start.hairline.filter((_, index) => index !== 1));
    expect({ ...sent.geometry, hairline: start.hairline }).toEqual(start);
  });

  it('moves a chosen point with the arrow buttons', async () => {
    const requests = renderAt(`/clients/${grace.id}/hairline-designs/draw?photo=${photoId}`, {
      [`POST /api/clients/${grace.id}/hairline-designs`]: () => json(drawn, 201),
      [`GET /api/hairline-designs/${designId}`]: () => json(drawn),
    });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Point' }), 'Temple 2 of 2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bigger steps' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move left' }));

    expect(screen.getByText('Temple 2 of 2: 83% across, 56% down')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save design' }));
    await screen.findByRole('heading', { name: /Front hairline design\s*Awaiting approval/ });
    const sent = requests.find((request) => request.method === 'POST')?.body as { geometry: DesignGeometry };
    expect(sent.geometry.temples[1]!.x).toBeCloseTo(0.83, 10);
  });

  it('takes the client’s approval with their name and signature', async () => {
    const approved: Design = {
      ...drawn,
      approved: true,
      versions: [consultationVersion, { ...consultationVersion, id: photoId, version: 2, kind: 'approved', signedName: 'Grace Liu', signature: 'data:image/png;base64,iVBORw0KGgo=' }],
    };
    const requests = renderAt(`/clients/${grace.id}/hairline-designs/${designId}`, {
      [`GET /api/hairline-designs/${designId}`]: () => json(drawn),
      [`POST /api/hairline-designs/${designId}/versions`]: () => json(approved, 201),
    });
    const form = within(await screen.findByRole('form', { name: 'Client’s approval' }));
    await userEvent.click(form.getByRole('button', { name: 'Approve the design' }));
    expect(form.getByText('Type the client’s full name')).toBeTruthy();
    expect(form.getByText('Draw the signature')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(form.getByLabelText(/Client’s full name/), 'Grace Liu');
    const pad = form.getByRole('img', { name: /Signature box/ });
    fireEvent.pointerDown(pad, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(pad, { pointerId: 1, clientX: 40, clientY: 20 });
    await userEvent.click(form.getByRole('button', { name: 'Approve the design' }));

    expect(await screen.findByRole('heading', { name: /Front hairline design\s*Approved/ })).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ kind: 'approved', signedName: 'Grace Liu', signature: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(screen.queryByRole('form', { name: 'Client’s approval' })).toBeNull();
  });

  it('offers the client the adjustment to sign after the design they approved was adjusted', async () => {
    const approvedVersion: DesignVersion = { ...consultationVersion, version: 2, kind: 'approved', signedName: 'Grace Liu', signature: 'data:image/png;base64,iVBORw0KGgo=' };
    const adjusted: Design = {
      ...drawn,
      approved: true,
      versions: [consultationVersion, approvedVersion, { ...consultationVersion, version: 3, kind: 'adjustment', reason: 'Temples lowered after session 1' }],
    };
    renderAt(`/clients/${grace.id}/hairline-designs/${designId}`, { [`GET /api/hairline-designs/${designId}`]: () => json(adjusted) });

    const form = within(await screen.findByRole('form', { name: 'Client’s approval of the adjustment' }));
    expect(form.getByText(/approved an earlier version; they may sign this adjustment too/)).toBeTruthy();
    expect(form.getByRole('button', { name: 'Approve the adjustment' })).toBeTruthy();
  });

  it('prints with the clinic and the client it belongs to', async () => {
    renderAt(`/clients/${grace.id}/hairline-designs/${designId}`, { [`GET /api/hairline-designs/${designId}`]: () => json(drawn) });
    const letterhead = await screen.findByText(/Front hairline design for/);
    expect(letterhead.textContent).toBe('Front hairline design for Grace Liu, born 17 Feb 1986');
    expect(screen.getByText(clinicSettings.name, { selector: '.print-only *' })).toBeTruthy();
  });
});
