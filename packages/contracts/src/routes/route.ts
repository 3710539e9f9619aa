import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The prefix of every API path. */
export const API_PATH_PREFIX = '/api';

/** The form field an upload's file goes in. */
export const UPLOAD_FILE_FIELD = 'file';

/**
 * What a client needs to call a route, and nothing that loads zod: pages that
 * only call the API stay free of the schemas (see routeSchemas for those).
 */
export interface RouteHeadSpec {
  method: HttpMethod;
  /** The full path, `:name` for path parameters, e.g. `/api/clients/:id`. */
  path: `${typeof API_PATH_PREFIX}/${string}`;
  /** The success status; POST answers 201 and everything else 200 unless said otherwise. */
  status?: 200 | 201 | 204;
  /** A multipart form with one file (form field UPLOAD_FILE_FIELD) beside the `body` fields. */
  upload?: true;
  /** The answer is a file (an image, a document, a page) rather than JSON: a client links to it. */
  file?: true;
}

/** The schemas of a route, declared apart from its head under the same name. */
export interface RouteSchemas {
  params?: z.ZodType;
  query?: z.ZodType;
  /** The JSON body; for an upload, the form fields beside the file. */
  body?: z.ZodType;
  /** The JSON answer on success; absent for 204 and for files. */
  response?: z.ZodType;
  /** For an upload: the largest file taken. */
  uploadMaxBytes?: number;
}

/** Carries a route's schema types, for typing callers and handlers; never present at run time. */
declare const schemaTypes: unique symbol;

export type Route<Head extends RouteHeadSpec = RouteHeadSpec, Schemas extends RouteSchemas = RouteSchemas> = Head & {
  status: 200 | 201 | 204;
  readonly [schemaTypes]?: Schemas;
};

/**
 * Declares the heads of a feature's routes, typed by its table of schemas (a
 * type-only import, so the schemas stay out of what loads the heads).
 */
export function defineRoutes<Table extends Record<string, RouteSchemas>>() {
  return <const Heads extends { [Name in keyof Table]: RouteHeadSpec }>(heads: Heads): { [Name in keyof Heads]: Route<Heads[Name], Table[Name & keyof Table]> } =>
    Object.fromEntries(Object.entries(heads).map(([name, head]) => [name, { ...head, status: head.status ?? (head.method === 'POST' ? 201 : 200) }])) as {
      [Name in keyof Heads]: Route<Heads[Name], Table[Name & keyof Table]>;
    };
}

type SchemasOf<R> = R extends { readonly [schemaTypes]?: infer Schemas } ? NonNullable<Schemas> : never;
/** The zod schema of one part of a route (never when it has none). */
export type SchemaOf<R, Part extends 'params' | 'query' | 'body' | 'response'> = SchemasOf<R> extends { [K in Part]: infer Schema extends z.ZodType } ? Schema : never;

/** What a handler receives, once validated. */
export type ParamsOf<R extends Route> = z.output<SchemaOf<R, 'params'>>;
export type QueryOf<R extends Route> = z.output<SchemaOf<R, 'query'>>;
export type BodyOf<R extends Route> = z.output<SchemaOf<R, 'body'>>;
/** What the route answers with on success (undefined without a JSON answer). */
export type ResponseOf<R extends Route> = [SchemaOf<R, 'response'>] extends [never] ? undefined : z.output<SchemaOf<R, 'response'>>;

/** What a client may send: the input side of the schemas. */
export type ParamsInputOf<R extends Route> = z.input<SchemaOf<R, 'params'>>;
/** A query as a client holds it: any value may be left empty (null, undefined), and is then not sent. */
export type QueryInputOf<R extends Route> = NullableFields<z.input<SchemaOf<R, 'query'>>>;
type NullableFields<Query> = { [Name in keyof Query]?: Query[Name] | null };
export type BodyInputOf<R extends Route> = z.input<SchemaOf<R, 'body'>>;

/**
 * The route's path with its `:name` parameters filled in, each percent-encoded.
 * A parameter left without a value is a programming error and throws.
 */
export function routePath(route: Pick<RouteHeadSpec, 'path'>, params: Record<string, string | number | null | undefined> = {}): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null || value === '') throw new Error(`No value for :${name} in ${route.path}`);
    return encodeURIComponent(String(value));
  });
}

/** Query values as a client holds them; empty ones (undefined, null, '') are left out. */
export type QueryValues = Record<string, unknown>;

/** Whether a query or form value is worth sending: undefined, null and '' are not. */
export function isSent(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/** The route's URL: its filled-in path and, when any value is given, the query. */
export function routeUrl(route: Pick<RouteHeadSpec, 'path'>, { params, query }: { params?: Record<string, string | number | null | undefined>; query?: QueryValues } = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (isSent(value)) search.set(name, String(value));
  }
  const path = routePath(route, params);
  const searchText = search.toString();
  return searchText ? `${path}?${searchText}` : path;
}
