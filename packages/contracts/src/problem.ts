import { z } from 'zod';

/** One invalid input field; `field` is a dotted path such as `address.postcode`. */
export const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/**
 * RFC 9457 problem details. Every error the API returns has this shape and the
 * `application/problem+json` media type; extension members vary by problem type.
 */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Stable identifiers of the problem types clients can branch on. */
export const problemTypes = {
  validation: '/problems/validation',
  malformedJson: '/problems/malformed-json',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  possibleDuplicate: '/problems/possible-duplicate',
  unauthenticated: '/problems/unauthenticated',
  sessionExpired: '/problems/session-expired',
  invalidCredentials: '/problems/invalid-credentials',
  tooManyAttempts: '/problems/too-many-attempts',
  forbidden: '/problems/forbidden',
  csrf: '/problems/csrf-token-missing',
  notEligible: '/problems/not-eligible-for-treatment',
  outsideWorkingHours: '/problems/outside-working-hours',
  outsideSessionWindow: '/problems/outside-session-window',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  methodNotAllowed: '/problems/method-not-allowed',
  unavailable: '/problems/service-unavailable',
  internal: '/problems/internal',
} as const;
