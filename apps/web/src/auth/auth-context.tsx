import { problemTypes, type Credentials, type SignInSession } from '@smp/contracts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi } from '../api/auth';
import { ApiProblem, lastApiRequestAt, onUnauthenticated, setCsrfToken } from '../api/http';
import { PageLoading } from '../shared/QueryMessage';
import { checkSignIn } from './sign-in-check';
import { signInHasLapsed } from './sign-in-lapse';

/** How often the app looks whether the session has lapsed. */
const LAPSE_CHECK_MS = 15_000;

/** Why nobody is signed in: the sign-in page words its notice by it. */
export type SignedOutReason = 'not-signed-in' | 'signed-out' | 'session-ended';

type AuthState = { status: 'checking' } | { status: 'unreachable' } | { status: 'signed-out'; reason: SignedOutReason } | { status: 'signed-in'; session: SignInSession };

interface Auth {
  session: SignInSession | null;
  signedOutReason: SignedOutReason;
  signIn: (credentials: Credentials) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/**
 * Asks the server who is signed in before anything else renders, and signs the app
 * out as soon as any request answers 401: a session ends on the server (idle
 * timeout, maximum length, an owner deactivating the account) without telling us.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'checking' });

  const signedIn = useCallback((session: SignInSession) => {
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', session });
  }, []);

  const signedOut = useCallback((reason: SignedOutReason) => {
    setCsrfToken(null);
    setState({ status: 'signed-out', reason });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    checkSignIn(controller.signal)
      .then((session) => {
        if (!controller.signal.aborted) signedIn(session);
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem && error.status === 401) {
          signedOut(error.problem.type === problemTypes.sessionExpired ? 'session-ended' : 'not-signed-in');
        } else {
          setState({ status: 'unreachable' });
        }
      });
    return () => controller.abort();
  }, [signedIn, signedOut]);

  const session = state.status === 'signed-in' ? state.session : null;
  useEffect(() => {
    // Only a live session can end: a wrong password on the sign-in page is a 401 too.
    if (!session) return;
    const stopListening = onUnauthenticated(() => signedOut('session-ended'));
    const timer = setInterval(() => {
      if (signInHasLapsed(session, lastApiRequestAt(), Date.now())) signedOut('session-ended');
    }, LAPSE_CHECK_MS);
    return () => {
      stopListening();
      clearInterval(timer);
    };
  }, [session, signedOut]);

  const auth = useMemo<Auth>(
    () => ({
      session: state.status === 'signed-in' ? state.session : null,
      signedOutReason: state.status === 'signed-out' ? state.reason : 'not-signed-in',
      signIn: async (credentials) => signedIn(await authApi.login(credentials)),
      signOut: async () => {
        await authApi.logout();
        signedOut('signed-out');
      },
    }),
    [state, signedIn, signedOut],
  );

  if (state.status === 'checking') return <PageLoading />;
  if (state.status === 'unreachable') {
    return <p className="page-message">The clinic server is not answering. Check that it is running, then reload.</p>;
  }
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside AuthProvider');
  return auth;
}

/** The signed-in staff member's session, for the parts of the app behind sign-in. */
export function useSignInSession(): SignInSession {
  const { session } = useAuth();
  if (!session) throw new Error('useSignInSession must be used while signed in');
  return session;
}
