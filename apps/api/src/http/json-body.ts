import { clientLinkRoutes, problemTypes } from '@smp/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ProblemException, unsupportedMediaTypeProblem } from './problem.js';

/** The largest JSON body taken, in bytes (100 kB): a record, never a file. */
const JSON_BODY_LIMIT_BYTES = 100 * 1024;

const FIRST_CHARACTER = /^[ \t\n\r]*(.)/s;
const CHARSET = /;\s*charset\s*=\s*"?([^";\s]+)/i;

function malformedJson(): ProblemException {
  return new ProblemException({ type: problemTypes.malformedJson, title: 'Malformed JSON', status: 400, detail: 'The request body is not valid JSON' });
}

/**
 * Strict JSON: an object or an array, as every endpoint takes; a bare string or
 * number is refused as malformed, and an empty body is an empty object.
 */
function parseJsonBody(request: FastifyRequest, text: string): unknown {
  const charset = CHARSET.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw unsupportedMediaTypeProblem('The request body must be UTF-8 JSON');
  if (text.length === 0) return {};
  const first = FIRST_CHARACTER.exec(text)?.[1];
  if (first !== '{' && first !== '[') throw malformedJson();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformedJson();
  }
}

/**
 * The routes that also take a URL-encoded form: a mail client's one-click
 * unsubscribe (RFC 8058) posts `List-Unsubscribe=One-Click` that way. Every other
 * route refuses forms, which any web page could post across sites.
 */
const FORM_BODY_ROUTES: ReadonlySet<string> = new Set([clientLinkRoutes.unsubscribe.path]);
const FORM_BODY_LIMIT_BYTES = 1024;
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

export function takesFormBody(request: FastifyRequest): boolean {
  return FORM_BODY_ROUTES.has(request.routeOptions.url ?? '');
}

/**
 * The only body parsers besides the multipart forms of uploads: JSON of at most
 * JSON_BODY_LIMIT_BYTES (a larger one is answered 413 before it is read), and the
 * small forms of FORM_BODY_ROUTES, each field once, as strings.
 */
export function acceptJsonBodies(instance: FastifyInstance): void {
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT_BYTES }, (request, text, done) => {
    try {
      done(null, parseJsonBody(request, text as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  instance.addContentTypeParser(FORM_MEDIA_TYPE, { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT_BYTES }, (request, text, done) => {
    if (!takesFormBody(request)) {
      done(unsupportedMediaTypeProblem('The request body must be JSON'), undefined);
      return;
    }
    done(null, Object.fromEntries(new URLSearchParams(text as string)));
  });
}
