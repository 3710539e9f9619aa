import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { AuthProvider } from '../auth/auth-context';
import { createQueryClient } from '../data/query-client';

/** A fresh cache for each test, as a reload would give; a failure shows at once rather than after retries. */
export function withQueryClient(children: ReactNode) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/** The whole app at one address, as main.tsx mounts it; stub the API first. */
export function renderApp(path: string) {
  render(
    withQueryClient(
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <App />
        </AuthProvider>
      </MemoryRouter>,
    ),
  );
}
