import type { SignInSession } from '@smp/contracts';
import { authApi } from '../api/auth';
import { startUpRequest } from '../shared/start-up-request';

const sessionAtStartUp = startUpRequest<SignInSession>();

/** Called once as the app starts: every page first asks who is signed in, so the question goes out with the first scripts. */
export function startSignInCheck(): void {
  sessionAtStartUp.start(() => authApi.me());
}

/** Who is signed in: the answer to the start-up question the first time, a new question after. */
export function checkSignIn(signal: AbortSignal): Promise<SignInSession> {
  return sessionAtStartUp.take() ?? authApi.me(signal);
}
