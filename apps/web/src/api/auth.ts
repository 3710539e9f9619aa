import type { Credentials, PasswordChange, SignInSession } from '@smp/contracts';
import { apiRequest } from './http';

export const authApi = {
  me: (signal?: AbortSignal) => apiRequest<SignInSession>('/api/auth/me', { signal }),
  login: (credentials: Credentials) => apiRequest<SignInSession>('/api/auth/login', { method: 'POST', body: credentials }),
  logout: () => apiRequest<void>('/api/auth/logout', { method: 'POST' }),
  changePassword: (change: PasswordChange) => apiRequest<void>('/api/auth/password', { method: 'POST', body: change }),
};
