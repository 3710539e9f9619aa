import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

type Headers = Record<string, string | number | string[]>;

/** What helmet sets with these options, worked out once. */
function helmetHeaders(options?: HelmetOptions): Headers {
  const headers: Headers = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => (headers[name] = typeof value === 'object' ? [...value] : value),
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error !== undefined) throw new Error('helmet did not give its headers', { cause: error });
  });
  return headers;
}

/** Pages and answers for clients who are not signed in: nothing but our own scripts, styles and API. */
const publicDirectives = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  formAction: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  upgradeInsecureRequests: [],
};

/** The booking page: any site may show it in an iframe (the clinic's embed snippet). Its manage page is a client page. */
const BOOKING_PAGE = /^\/book(?!\/manage(?:[/?]|$))(?:[/?]|$)/i;
/** The pages a client opens from a link: their booking, their intake, a reminder's visit: framed by no one. */
const CLIENT_PAGES = /^\/(?:book\/manage|intake|visit|unsubscribe)(?:[/?]|$)/i;
/** The public API: JSON only, never a page to render or frame. */
const PUBLIC_API = /^\/api\/public(?:[/?]|$)/i;

function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Helmet's headers, worked out once per kind of page: they are the same for every
 * response (no per-request nonce), so helmet runs once against a recorder and each
 * request (an onRequest hook) only sets what it set; its chain of a dozen
 * middlewares cost a few percent of a request. What helmet removes (X-Powered-By)
 * Fastify never sends. Staff pages may be framed by the app itself only; the
 * booking page by any site, under a strict policy; a client's own pages and the
 * public API by none.
 */
export function securityHeaders() {
  const staff = helmetHeaders();
  const bookingPage = helmetHeaders({ contentSecurityPolicy: { useDefaults: false, directives: { ...publicDirectives, frameAncestors: ['*'] } }, xFrameOptions: false });
  const publicApi = helmetHeaders({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"], formAction: ["'none'"] } },
    xFrameOptions: { action: 'deny' },
  });
  const clientPage = helmetHeaders({ contentSecurityPolicy: { useDefaults: false, directives: { ...publicDirectives, frameAncestors: ["'none'"] } }, xFrameOptions: { action: 'deny' } });
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const url = decoded(request.url);
    reply.headers(PUBLIC_API.test(url) ? publicApi : BOOKING_PAGE.test(url) ? bookingPage : CLIENT_PAGES.test(url) ? clientPage : staff);
    done();
  };
}
