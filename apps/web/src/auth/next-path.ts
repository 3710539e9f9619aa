const SIGN_IN_PATH = '/sign-in';

/**
 * Where to go after signing in. `next` comes from the address bar, so anyone can
 * craft it: only a path on this site is followed, never another origin
 * ("//evil.example", "https://…", "/\evil.example") and never the sign-in page itself.
 */
export function safeNextPath(next: string | null, origin: string = window.location.origin): string {
  if (!next?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== origin || url.pathname === SIGN_IN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, remembering the page to come back to. */
export function signInPath(returnTo: { pathname: string; search: string; hash: string } | null): string {
  const path = returnTo ? `${returnTo.pathname}${returnTo.search}${returnTo.hash}` : '/';
  return path === '/' || returnTo?.pathname === SIGN_IN_PATH ? SIGN_IN_PATH : `${SIGN_IN_PATH}?${new URLSearchParams({ next: path })}`;
}
