import { SetMetadata } from '@nestjs/common';

export const API_DOC = 'smp:api-doc';

/** A success answer's body is the route's `response`; a refusal's is a Problem. */
export interface ApiResponseDoc {
  description: string;
}

export interface ApiDoc {
  summary: string;
  description?: string;
  responses: Record<number, ApiResponseDoc>;
}

/**
 * Describes an endpoint for the OpenAPI document in words. Shapes need no mention
 * here: the request and success schemas come from the endpoint's contract route.
 */
export const ApiDoc = (doc: ApiDoc) => SetMetadata(API_DOC, doc);

/** Problem responses most endpoints can give, for reuse in ApiDoc declarations. */
export const problemResponses = {
  invalid: { 400: { description: 'Invalid input: see `errors` for each field' } },
  notFound: { 404: { description: 'No such record' } },
  /** Uploads whose files are decoded wait for a place in the decoding pool. */
  decodingBusy: { 503: { description: 'Too many files are being decoded at once: try again after `Retry-After` seconds' } },
} satisfies Record<string, Record<number, ApiResponseDoc>>;
