import type { FastifyReply, FastifyRequest } from 'fastify';
import { NOT_JSON } from './error-to-problem.js';
import { unsupportedMediaTypeProblem } from './problem.js';
import { FORM_MEDIA_TYPE, takesFormBody } from './json-body.js';

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const ACCEPTED_MEDIA_TYPES = new Set(['application/json', 'multipart/form-data']);

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/** The media type of a Content-Type header, without its parameters. */
function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';', 1)[0]!.trim().toLowerCase();
}

/**
 * The API speaks JSON, and takes files as multipart forms (and one-click
 * unsubscribes as URL-encoded forms, see takesFormBody); any other body is
 * refused (an onRequest hook) before it is read. Bodies are small, so compressed
 * ones are refused too: inflating them would only add a way to fail (a broken
 * stream) and to grow a small request past the size limit.
 */
export function requireJsonBodies(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  if (!METHODS_WITH_BODY.has(request.method) || !hasBody(request)) {
    done();
    return;
  }
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.trim().toLowerCase() !== 'identity') {
    done(unsupportedMediaTypeProblem('Send the request body uncompressed: Content-Encoding is not accepted'));
    return;
  }
  const mediaType = mediaTypeOf(request.headers['content-type']) ?? '';
  if (!ACCEPTED_MEDIA_TYPES.has(mediaType) && !(mediaType === FORM_MEDIA_TYPE && takesFormBody(request))) {
    done(unsupportedMediaTypeProblem(NOT_JSON));
    return;
  }
  done();
}
