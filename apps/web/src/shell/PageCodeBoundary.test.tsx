import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyPage } from '../shared/lazy-page';
import { PageCodeBoundary } from './PageCodeBoundary';

// What a browser says when a chunk of an older release is gone from the server.
const GoneAfterRelease = lazyPage(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')), 'GoneAfterRelease');
const Clients = lazyPage(() => Promise.resolve({ Clients: () => <h1>Clients</h1> }), 'Clients');

function showAt(address: string, page: React.ReactNode) {
  return (
    <PageCodeBoundary address={address}>
      <Suspense fallback={<p>Loading…</p>}>{page}</Suspense>
    </PageCodeBoundary>
  );
}

describe('a page whose code cannot be loaded', () => {
  it('says so and offers a reload instead of a blank screen', async () => {
    render(showAt('/calendar', <GoneAfterRelease />));

    expect((await screen.findByRole('alert')).textContent).toContain('This page could not be loaded');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('lets the next page show once the address changes', async () => {
    const { rerender } = render(showAt('/calendar', <GoneAfterRelease />));
    await screen.findByRole('alert');

    rerender(showAt('/clients', <Clients />));

    expect(await screen.findByRole('heading', { name: 'Clients' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leaves other errors to the app', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = () => {
      throw new Error('A bug, not a missing chunk');
    };

    expect(() => render(showAt('/clients', <Broken />))).toThrow('A bug, not a missing chunk');
  });
});
