import { SIGNED_IN_HINT_COOKIE } from '@smp/contracts';
import { parseCookie, stringifySetCookie, type SerializeOptions } from 'cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SIGN_IN_COOKIE = 'smp_session';

/** httpOnly so scripts cannot read it; Lax so other sites cannot send it with a change. */
function cookieOptions(secure: boolean): SerializeOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/' };
}

/** The session cookie and its hint for the web app's scripts (which may read that one); Fastify adds each Set-Cookie beside the others. */
function setCookies(reply: FastifyReply, token: string, hint: string, options: SerializeOptions): void {
  reply.header('Set-Cookie', stringifySetCookie(SIGN_IN_COOKIE, token, options));
  reply.header('Set-Cookie', stringifySetCookie(SIGNED_IN_HINT_COOKIE, hint, { ...options, httpOnly: false }));
}

export function setSignInCookie(reply: FastifyReply, token: string, secure: boolean): void {
  setCookies(reply, token, '1', cookieOptions(secure));
}

export function clearSignInCookie(reply: FastifyReply, secure: boolean): void {
  setCookies(reply, '', '', { ...cookieOptions(secure), expires: new Date(0) });
}

/** The credential a request carries: a bearer token first, else the web app's session cookie. */
export function credentialOf(request: FastifyRequest): { token: string; kind: 'cookie' | 'bearer' } | null {
  const authorization = request.headers.authorization;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match ? { token: match[1]!, kind: 'bearer' } : null;
  }
  const cookie = request.headers.cookie ? parseCookie(request.headers.cookie)[SIGN_IN_COOKIE] : undefined;
  return cookie ? { token: cookie, kind: 'cookie' } : null;
}
