import { permissions, problemSchema, PROBLEM_MEDIA_TYPE } from '@smp/contracts';
import { z } from 'zod';
import { SIGN_IN_COOKIE } from '../auth/sign-in-cookie.js';
import { problemResponses, type ApiResponseDoc } from '../http/api-doc.js';
import type { RouteDescription } from './route-catalog.js';
import { IDEMPOTENCY_KEY_HEADER, KEY_LIFETIME_HOURS, REPLAYED_HEADER } from '../idempotency/idempotency-key.js';
import { FILE_FIELD, type FileUploadDoc } from '../http/uploads.js';

type JsonSchema = Record<string, unknown>;

interface ObjectSchema extends JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
  license: { name: string; url: string };
}

const accessRefusals: Record<number, ApiResponseDoc> = {
  401: { description: 'Not signed in, or the session has ended' },
  403: { description: 'The role may not do this, or the CSRF token is missing' },
};

/** Refusals any endpoint that reads input can give, whatever its own declarations say. */
const inputRefusals: Record<number, ApiResponseDoc> = problemResponses.invalid;

/** Refusals of a request body before any handler sees it. */
const bodyRefusals: Record<number, ApiResponseDoc> = {
  413: { description: 'The body is too large' },
  415: { description: 'The body is not JSON (or, for uploads, not a multipart form)' },
};

/**
 * Builds the OpenAPI 3.0 document from the same zod schemas the API validates
 * with, so the document cannot drift from what the server accepts.
 */
export function buildOpenApiDocument(routes: RouteDescription[], info: OpenApiInfo): JsonSchema {
  const components: Record<string, JsonSchema> = {};

  const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const { definitions, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema & {
      definitions?: Record<string, JsonSchema>;
    };
    for (const [name, definition] of Object.entries(definitions ?? {})) components[name] = pointRefsAtComponents(definition);
    return pointRefsAtComponents(rest);
  };

  const parameters = (schema: z.ZodType | undefined, location: 'query' | 'path') => {
    if (!schema) return [];
    const objectSchema = toSchema(schema, 'input') as ObjectSchema;
    return Object.entries(objectSchema.properties ?? {}).map(([name, property]) => {
      const { description, ...propertySchema } = property;
      return {
        name,
        in: location,
        required: location === 'path' || (objectSchema.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: propertySchema,
      };
    });
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    const tag = route.path.split('/')[2] ?? 'api';
    const restricted = route.access && 'permission' in route.access ? permissions[route.access.permission] : null;
    const documented = route.doc?.responses ?? { 200: { description: 'OK' } };
    const declared = route.idempotent ? withIdempotencyResponses(documented) : documented;
    const hasBody = Boolean(route.body ?? route.upload);
    const refusals: Record<number, ApiResponseDoc> = {
      ...(restricted ? accessRefusals : {}),
      ...(hasBody || route.query || route.params ? inputRefusals : {}),
      ...(hasBody ? bodyRefusals : {}),
    };
    const responses = Object.fromEntries(
      Object.entries({ ...refusals, ...declared }).map(([status, response]) => {
        const isProblem = Number(status) >= 400;
        const schema = isProblem ? problemSchema : Number(status) === route.contract?.status ? route.contract.response : undefined;
        const mediaType = isProblem ? PROBLEM_MEDIA_TYPE : 'application/json';
        return [status, { description: response.description, ...(schema ? { content: { [mediaType]: { schema: toSchema(schema, 'output') } } } : {}) }];
      }),
    );
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method.toLowerCase()] = {
      operationId: `${route.controller.replace(/Controller$/, '')}_${route.handler}`,
      tags: [tag],
      summary: route.doc?.summary,
      ...(route.doc?.description || restricted ? { description: [route.doc?.description, restricted ? `Roles: ${restricted.join(', ')}.` : null].filter(Boolean).join('\n\n') } : {}),
      security: restricted ? [{ sessionCookie: [] }, { bearerToken: [] }] : [],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...(route.idempotent ? [idempotencyKeyParameter] : [])],
      ...(route.upload
        ? { requestBody: { required: true, content: { 'multipart/form-data': { schema: multipartSchema(route.upload, route.body && toSchema(route.body, 'input')) } } } }
        : route.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } }
          : {}),
      responses,
    };
  }

  return {
    openapi: '3.0.3',
    info,
    servers: [{ url: '/' }],
    paths: tidyForOpenApi30(paths, components),
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, tidyForOpenApi30(schema, components)])),
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SIGN_IN_COOKIE, description: 'Set by POST /api/auth/login; changes also need the X-CSRF-Token header.' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'From POST /api/auth/token.' },
      },
    },
  };
}

const idempotencyKeyParameter = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: 'header',
  required: false,
  description:
    `Makes the creation safe to retry when its answer is lost (a timeout, a 503): a repeat with the same key and body within ${KEY_LIFETIME_HOURS} hours ` +
    `gets the first answer again, marked \`${REPLAYED_HEADER}: true\`, and creates nothing. Keys are per staff member; use a new one (a UUID) for each new request.`,
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[!-~]+$' },
};

/** The answers an Idempotency-Key adds; a 409 the endpoint already gives keeps its meaning. */
function withIdempotencyResponses(responses: Record<number, ApiResponseDoc>): Record<number, ApiResponseDoc> {
  const inProgress = 'A request with the same Idempotency-Key is still being served: repeat it after Retry-After';
  return {
    ...responses,
    409: { description: responses[409] ? `${responses[409].description}; or: ${inProgress.charAt(0).toLowerCase()}${inProgress.slice(1)}` : inProgress },
    422: { description: 'The Idempotency-Key was already used for a different request' },
  };
}

/** The form of an upload: the file as binary beside the fields of the handler's @Body schema. */
function multipartSchema(upload: FileUploadDoc, fields: ObjectSchema | undefined): JsonSchema {
  return {
    ...fields,
    type: 'object',
    properties: { [FILE_FIELD]: { type: 'string', format: 'binary', description: `At most ${upload.maxBytes} bytes` }, ...fields?.properties },
    required: [FILE_FIELD, ...(fields?.required ?? [])],
  };
}

const COMPONENT_REF = '#/components/schemas/';

/**
 * Rewrites two forms zod emits that OpenAPI 3.0 reads badly: a lone `allOf: [$ref]`
 * (zod's wrapper of an optional reference) becomes the reference, and `nullable`
 * beside such a reference gets the referenced `type`, without which 3.0 ignores it.
 */
function tidyForOpenApi30<T>(node: T, components: Record<string, JsonSchema>): T {
  if (Array.isArray(node)) return node.map((item: unknown) => tidyForOpenApi30(item, components)) as T;
  if (!node || typeof node !== 'object') return node;
  const tidied: JsonSchema = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, tidyForOpenApi30(value, components)]));
  const { allOf, ...rest } = tidied as { allOf?: JsonSchema[]; nullable?: boolean; type?: string };
  const lone = allOf?.length === 1 ? allOf[0] : undefined;
  if (typeof lone?.$ref !== 'string') return tidied as T;
  if (Object.keys(rest).length === 0) return lone as T;
  if (rest.nullable && rest.type === undefined) return { type: components[lone.$ref.slice(COMPONENT_REF.length)]?.type, ...tidied } as T;
  return tidied as T;
}

function pointRefsAtComponents(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"#/components/schemas/')) as JsonSchema;
}
