import {
  CSRF_HEADER,
  isSent,
  PROBLEM_MEDIA_TYPE,
  routeUrl,
  UPLOAD_FILE_FIELD,
  type FieldError,
  type HttpMethod,
  type BodyInputOf,
  type ParamsInputOf,
  type Problem,
  type QueryInputOf,
  type ResponseOf,
  type Route,
  type SchemaOf,
} from '@smp/contracts';

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

type Has<R, Part extends 'params' | 'query' | 'body'> = [SchemaOf<R, Part>] extends [never] ? false : true;

/** What a call of the route sends, typed from its schemas; an upload sends its form fields and the file. */
export type CallOptions<R extends Route> = (Has<R, 'params'> extends true ? { params: ParamsInputOf<R> } : { params?: never }) &
  (Has<R, 'query'> extends true ? { query?: QueryInputOf<R> } : { query?: never }) &
  (Has<R, 'body'> extends true ? (R extends { upload: true } ? { body: BodyInputOf<R>; file: Blob } : { body: BodyInputOf<R> }) : { body?: never }) & {
    signal?: AbortSignal;
  };

/** A route whose answer is JSON or nothing: files are linked to (routeUrl), not fetched. */
type CallableRoute = Route & { file?: never };

/**
 * Calls a route declared in the contracts and returns its answer (undefined for
 * 204), or throws an ApiProblem for any refusal.
 */
export function callApi<R extends CallableRoute>(route: R, ...[options]: object extends CallOptions<R> ? [CallOptions<R>?] : [CallOptions<R>]): Promise<ResponseOf<R>> {
  const { params, query, body, file, signal } = (options ?? {}) as { params?: object; query?: object; body?: object; file?: Blob; signal?: AbortSignal };
  const url = routeUrl(route, { params: { ...params }, query: { ...query } });
  return send<ResponseOf<R>>(route.method, url, route.upload ? formOf(body, file) : body, signal);
}

/** An upload's form: its fields (empty ones left out), then the file. */
function formOf(fields: object = {}, file: Blob | undefined): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (isSent(value)) form.set(name, String(value));
  }
  if (file) form.set(UPLOAD_FILE_FIELD, file);
  return form;
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

async function send<T>(method: HttpMethod, url: string, body: unknown, signal: AbortSignal | undefined): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const multipart = body instanceof FormData;
  // The browser writes a multipart Content-Type itself, with the boundary in it.
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;

  lastRequestAt = Date.now();
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    signal,
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
