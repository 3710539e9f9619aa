/**
 * Names and identifiers of the HTTP exchange, apart from the schemas: a browser
 * that only needs these does not have to load zod.
 */

export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Set and cleared along with the httpOnly session cookie, but readable by the web
 * app: it holds no secret, only tells the app that a session may exist, so that
 * it can ask for the clinic's settings while the session is still being checked.
 */
export const SIGNED_IN_HINT_COOKIE = 'smp_signed_in';

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Stable identifiers of the problem types clients can branch on. */
export const problemTypes = {
  validation: '/problems/validation',
  malformedJson: '/problems/malformed-json',
  notFound: '/problems/not-found',
  conflict: '/problems/conflict',
  /** A client's link that was used already or has expired. */
  linkGone: '/problems/link-gone',
  possibleDuplicate: '/problems/possible-duplicate',
  unauthenticated: '/problems/unauthenticated',
  sessionExpired: '/problems/session-expired',
  invalidCredentials: '/problems/invalid-credentials',
  tooManyAttempts: '/problems/too-many-attempts',
  /** A public endpoint's rate limit: wait for Retry-After. */
  tooManyRequests: '/problems/too-many-requests',
  /** The slot a client chose online was taken meanwhile: choose another. */
  slotTaken: '/problems/slot-taken',
  forbidden: '/problems/forbidden',
  csrf: '/problems/csrf-token-missing',
  notEligible: '/problems/not-eligible-for-treatment',
  outsideWorkingHours: '/problems/outside-working-hours',
  outsideSessionWindow: '/problems/outside-session-window',
  laserSpacing: '/problems/laser-spacing',
  beforeLaserHealing: '/problems/before-laser-healing',
  certificationLapsed: '/problems/certification-lapsed',
  artistNotCertifiedForStyle: '/problems/artist-not-certified-for-style',
  payloadTooLarge: '/problems/payload-too-large',
  unsupportedMediaType: '/problems/unsupported-media-type',
  methodNotAllowed: '/problems/method-not-allowed',
  unavailable: '/problems/service-unavailable',
  internal: '/problems/internal',
} as const;
