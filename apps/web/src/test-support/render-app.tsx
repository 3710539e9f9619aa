import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { App } from '../App';
import { AuthProvider } from '../auth/auth-context';

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
