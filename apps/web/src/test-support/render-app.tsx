import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { AuthProvider } from '../auth/auth-context';
import { createQueryClient } from '../data/query-client';

/**
 * The whole app at one address, as main.tsx mounts it; stub the API first. The
 * signed-in app makes its own query cache, so each test starts with an empty one.
 */
export function renderApp(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <AuthProvider>
        <App />
      </AuthProvider>
    </MemoryRouter>,
  );
}

/** One part of the signed-in app on its own, with an empty query cache of its own; stub the API first. */
export function renderWithQueries(part: ReactElement) {
  render(<QueryClientProvider client={createQueryClient()}>{part}</QueryClientProvider>);
}
