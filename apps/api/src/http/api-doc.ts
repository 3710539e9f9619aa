import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const API_DOC = 'smp:api-doc';

export interface ApiResponseDoc {
  description: string;
  /** Absent for responses without a body; problem responses use the Problem schema. */
  schema?: z.ZodType;
}

export interface ApiDoc {
  summary: string;
  description?: string;
  responses: Record<number, ApiResponseDoc>;
}

/**
 * Describes an endpoint for the OpenAPI document. Request shapes need no mention
 * here: they are read from the `schema` of the @Body, @Query and @Param decorators.
 */
export const ApiDoc = (doc: ApiDoc) => SetMetadata(API_DOC, doc);

/** Problem responses most endpoints can give, for reuse in ApiDoc declarations. */
export const problemResponses = {
  invalid: { 400: { description: 'Invalid input: see `errors` for each field' } },
  notFound: { 404: { description: 'No such record' } },
  /** Uploads whose files are decoded wait for a place in the decoding pool. */
  decodingBusy: { 503: { description: 'Too many files are being decoded at once: try again after `Retry-After` seconds' } },
} satisfies Record<string, Record<number, ApiResponseDoc>>;
