import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth/auth-context';
import { signInPath } from './auth/next-path';
import { sessionMayExist } from './auth/signed-in-hint';
import { isClientLinkPath } from './client-links/client-link-path';
import { lazyPage } from './shared/lazy-page';
import { PageCodeBoundary } from './shell/PageCodeBoundary';
import { PageLoading } from './shared/QueryMessage';

// The sign-in page and the signed-in app load apart, each when first shown (see lazy-page.ts).
const SignInPage = lazyPage(() => import('./auth/SignInPage'), 'SignInPage');
const SignedInApp = lazyPage(() => import('./shell/SignedInApp'), 'SignedInApp');
const ClientLinkPages = lazyPage(() => import('./client-links/ClientLinkPages'), 'ClientLinkPages');
// Opening any page but sign-in with a session's hint most likely finds the session:
// fetch the signed-in app while it is being checked, rather than after. A signed-out
// visitor fetches only the sign-in page.
// Through preload, so that it renders at once when ready; a failed fetch is shown when the page is.
if (window.location.pathname !== '/sign-in' && !isClientLinkPath(window.location.pathname) && sessionMayExist()) SignedInApp.preload().catch(() => undefined);

export function App() {
  const { session } = useAuth();
  const { pathname } = useLocation();
  return (
    <PageCodeBoundary address={pathname}>
      <Suspense fallback={<PageLoading />}>{session ? <SignedInApp /> : <SignedOutRoutes />}</Suspense>
    </PageCodeBoundary>
  );
}

/**
 * The pages a client opens from a message (main.tsx mounts them instead of the
 * staff's app): no sign-in check, no clinic settings, only their own small chunk.
 */
export function ClientLinkApp() {
  const { pathname } = useLocation();
  return (
    <PageCodeBoundary address={pathname}>
      <Suspense fallback={<PageLoading />}>
        <ClientLinkPages />
      </Suspense>
    </PageCodeBoundary>
  );
}

function SignedOutRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route path="*" element={<GoToSignIn />} />
    </Routes>
  );
}

/** Remembers the page, so signing in (again) returns to it; not after signing out on purpose. */
function GoToSignIn() {
  const location = useLocation();
  const { signedOutReason } = useAuth();
  return <Navigate to={signInPath(signedOutReason === 'signed-out' ? null : location)} replace />;
}
