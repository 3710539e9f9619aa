import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './api/http';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The token lives in the http module, which outlives each test's app.
  setCsrfToken(null);
});
