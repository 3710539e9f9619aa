import { SIGNED_IN_HINT_COOKIE } from '@smp/contracts';
import { parseCookie } from 'cookie';
import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'smp_session';

/** httpOnly so scripts cannot read it; Lax so other sites cannot send it with a change. */
function cookieOptions(secure: boolean): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

export function setSessionCookie(response: Response, token: string, secure: boolean): void {
  response.cookie(SESSION_COOKIE, token, cookieOptions(secure));
  response.cookie(SIGNED_IN_HINT_COOKIE, '1', { ...cookieOptions(secure), httpOnly: false });
}

export function clearSessionCookie(response: Response, secure: boolean): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(secure));
  response.clearCookie(SIGNED_IN_HINT_COOKIE, { ...cookieOptions(secure), httpOnly: false });
}

/** The credential a request carries: a bearer token first, else the web app's session cookie. */
export function credentialOf(request: Request): { token: string; kind: 'cookie' | 'bearer' } | null {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? { token: match[1]!, kind: 'bearer' } : null;
  }
  const cookie = request.headers.cookie ? parseCookie(request.headers.cookie)[SESSION_COOKIE] : undefined;
  return cookie ? { token: cookie, kind: 'cookie' } : null;
}
