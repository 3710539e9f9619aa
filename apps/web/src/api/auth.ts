import { authRoutes, type Credentials, type PasswordChange } from '@smp/contracts';
import { callApi } from './http';

export const authApi = {
  me: (signal?: AbortSignal) => callApi(authRoutes.me, { signal }),
  login: (credentials: Credentials) => callApi(authRoutes.login, { body: credentials }),
  logout: () => callApi(authRoutes.logout),
  changePassword: (change: PasswordChange) => callApi(authRoutes.changePassword, { body: change }),
};
