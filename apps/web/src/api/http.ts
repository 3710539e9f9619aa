import { CSRF_HEADER, PROBLEM_MEDIA_TYPE, type FieldError, type Problem } from '@smp/contracts';

/** A refusal from the API, carrying its problem+json body. */
export class ApiProblem extends Error {
  constructor(
    readonly problem: Problem,
    /** From the Retry-After header, when the server said how long to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail ?? problem.title);
  }

  get status(): number {
    return this.problem.status;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Sent as JSON, except FormData, which goes as multipart (files). */
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

export function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') parameters.set(name, String(value));
  }
  const search = parameters.toString();
  return search ? `${path}?${search}` : path;
}

// The session cookie is httpOnly; the CSRF token comes in the session's JSON and
// must go back in a header, which a forged cross-site form cannot add.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// The server's idle timeout counts from the last request; the app keeps the same clock.
let lastRequestAt = Date.now();

/** When the app last asked the server anything (epoch milliseconds). */
export function lastApiRequestAt(): number {
  return lastRequestAt;
}

type UnauthenticatedListener = (problem: ApiProblem) => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/**
 * Hears every 401, whichever page made the request: the session may end at any
 * time (idle timeout, or an owner deactivating the account). Returns the unsubscribe.
 */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Calls the API and returns its JSON (undefined for 204), or throws an ApiProblem for any refusal. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  const multipart = options.body instanceof FormData;
  // The browser writes a multipart Content-Type itself, with the boundary in it.
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  lastRequestAt = Date.now();
  const response = await fetch(withQuery(path, options.query), {
    method,
    headers,
    body: options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
    signal: options.signal,
    credentials: 'same-origin',
  });
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;

  const problem = new ApiProblem(await readProblem(response), readRetryAfter(response));
  if (response.status === 401) for (const listener of unauthenticatedListeners) listener(problem);
  throw problem;
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.startsWith(PROBLEM_MEDIA_TYPE) || type.startsWith('application/json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // Fall through to a generic problem: the body was not the JSON it claimed.
    }
  }
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status}`,
  };
}

/** Retry-After in seconds; the HTTP-date form is turned into seconds from now. */
function readRetryAfter(response: Response): number | null {
  const value = response.headers.get('Retry-After');
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
