import { permissions, problemSchema, PROBLEM_MEDIA_TYPE } from '@smp/contracts';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import type { ApiResponseDoc } from '../http/api-doc.js';
import type { RouteDescription } from '../http/route-catalog.js';
import { IDEMPOTENCY_KEY_HEADER, KEY_LIFETIME_HOURS, REPLAYED_HEADER } from '../idempotency/idempotency-key.js';

type JsonSchema = Record<string, unknown>;

interface OpenApiInfo {
  title: string;
  version: string;
  description: string;
}

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
    const objectSchema = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
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
    const withAccessRefusals = restricted
      ? { 401: { description: 'Not signed in, or the session has ended' }, 403: { description: 'The role may not do this, or the CSRF token is missing' }, ...declared }
      : declared;
    const responses = Object.fromEntries(
      Object.entries(withAccessRefusals).map(([status, response]) => {
        const isProblem = Number(status) >= 400;
        const schema = response.schema ?? (isProblem ? problemSchema : undefined);
        const mediaType = isProblem ? PROBLEM_MEDIA_TYPE : 'application/json';
        return [
          status,
          { description: response.description, ...(schema ? { content: { [mediaType]: { schema: toSchema(schema, 'output') } } } : {}) },
        ];
      }),
    );
    paths[openApiPath] ??= {};
    paths[openApiPath][route.method.toLowerCase()] = {
      operationId: `${route.controller.replace(/Controller$/, '')}_${route.handler}`,
      tags: [tag],
      summary: route.doc?.summary,
      ...(route.doc?.description || restricted
        ? { description: [route.doc?.description, restricted ? `Roles: ${restricted.join(', ')}.` : null].filter(Boolean).join('\n\n') }
        : {}),
      security: restricted ? [{ sessionCookie: [] }, { bearerToken: [] }] : [],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...(route.idempotent ? [idempotencyKeyParameter] : [])],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } } }
        : {}),
      responses,
    };
  }

  return {
    openapi: '3.0.3',
    info,
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Set by POST /api/auth/login; changes also need the X-CSRF-Token header.' },
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

function pointRefsAtComponents(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"#/components/schemas/')) as JsonSchema;
}
