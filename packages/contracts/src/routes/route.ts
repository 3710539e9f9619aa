import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The prefix of every API path. */
export const API_PATH_PREFIX = '/api';

export interface RouteSpec {
  method: HttpMethod;
  /** The full path, `:name` for path parameters, e.g. `/api/clients/:id`. */
  path: `${typeof API_PATH_PREFIX}/${string}`;
  params?: z.ZodType;
  query?: z.ZodType;
  /** The JSON body; for an upload, the form fields beside the file. */
  body?: z.ZodType;
  /** The JSON answer on success; absent for 204 and for files. */
  response?: z.ZodType;
  /** The success status; POST answers 201 and everything else 200 unless said otherwise. */
  status?: 200 | 201 | 204;
  /** A multipart form with one file (form field UPLOAD_FILE_FIELD) of at most maxBytes, beside the `body` fields. */
  upload?: { maxBytes: number };
  /** The answer is a file (an image, a document, a page) rather than JSON: a client links to it. */
  file?: true;
}

/** The form field an upload's file goes in. */
export const UPLOAD_FILE_FIELD = 'file';

export type Route<Spec extends RouteSpec = RouteSpec> = Spec & { status: 200 | 201 | 204 };

/** Declares an API route once, for the server that serves it and the client that calls it. */
export function route<const Spec extends RouteSpec>(spec: Spec): Route<Spec> {
  return { ...spec, status: spec.status ?? (spec.method === 'POST' ? 201 : 200) };
}

type SchemaOf<R, Part extends 'params' | 'query' | 'body' | 'response'> = R extends { [K in Part]: infer Schema extends z.ZodType } ? Schema : never;

/** What a handler receives, once validated. */
export type ParamsOf<R extends RouteSpec> = z.output<SchemaOf<R, 'params'>>;
export type QueryOf<R extends RouteSpec> = z.output<SchemaOf<R, 'query'>>;
export type BodyOf<R extends RouteSpec> = z.output<SchemaOf<R, 'body'>>;
/** What the route answers with on success (void without a JSON answer). */
export type ResponseOf<R extends RouteSpec> = R extends { response: infer Schema extends z.ZodType } ? z.output<Schema> : void;

/** What a client may send: the input side of the schemas. */
export type ParamsInputOf<R extends RouteSpec> = z.input<SchemaOf<R, 'params'>>;
/** A query as a client holds it: any value may be left empty (null, undefined), and is then not sent. */
export type QueryInputOf<R extends RouteSpec> = NullableFields<z.input<SchemaOf<R, 'query'>>>;
type NullableFields<Query> = { [Name in keyof Query]?: Query[Name] | null };
export type BodyInputOf<R extends RouteSpec> = z.input<SchemaOf<R, 'body'>>;

/**
 * The route's path with its `:name` parameters filled in, each percent-encoded.
 * A parameter left without a value is a programming error and throws.
 */
export function routePath(route: Pick<RouteSpec, 'path'>, params: Record<string, unknown> = {}): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') throw new Error(`No value for :${name} in ${route.path}`);
    return encodeURIComponent(String(value));
  });
}

/** Query values as a client holds them; empty ones (undefined, null, '') are left out. */
export type QueryValues = Record<string, unknown>;

/** The route's URL: its filled-in path and, when any value is given, the query. */
export function routeUrl(route: Pick<RouteSpec, 'path'>, { params, query }: { params?: Record<string, unknown>; query?: QueryValues } = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const path = routePath(route, params);
  const searchText = search.toString();
  return searchText ? `${path}?${searchText}` : path;
}
