import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import type { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { ContractRoute } from '@smp/contracts';
import type { z } from 'zod';
import { ACCESS_RULE, type AccessRule } from '../access/access.js';
import { IDEMPOTENT } from '../idempotency/idempotent.decorator.js';
import { API_DOC, type ApiDoc } from '../http/api-doc.js';
import { API_PREFIX } from '../http/api-prefix.js';
import { CONTRACT_ROUTE } from '../http/endpoint.js';
import { FILE_UPLOAD, type FileUploadDoc } from '../http/uploads.js';

export interface RouteDescription {
  method: string;
  /** Path under the API prefix with `:name` parameters, e.g. `/api/clients/:id`. */
  path: string;
  controller: string;
  handler: string;
  doc: ApiDoc | undefined;
  /** The contract route it serves (@Endpoint); undefined is a mistake that the route tests catch. */
  contract: ContractRoute | undefined;
  /** Who may call it; undefined is a mistake that the access tests catch. */
  access: AccessRule | undefined;
  body: z.ZodType | undefined;
  query: z.ZodType | undefined;
  params: z.ZodType | undefined;
  /** Accepts an Idempotency-Key header (@Idempotent). */
  idempotent: boolean;
  /** Set when the body is a multipart form with a file; `body` then holds its other fields. */
  upload: FileUploadDoc | undefined;
  /**
   * The request parts the handler reads without a schema (`@Query()` or `@Query('name')`
   * without one, a file without SingleFileUpload…): the document cannot show them, so a
   * test keeps this empty.
   */
  undescribedInputs: string[];
}

/** The decorators whose input the document describes from their `schema`. */
const SCHEMA_INPUTS = new Map([
  [RouteParamtypes.BODY, 'body'],
  [RouteParamtypes.QUERY, 'query'],
  [RouteParamtypes.PARAM, 'params'],
  [RouteParamtypes.HEADERS, 'headers'],
  [RouteParamtypes.FILES, 'files'],
  [RouteParamtypes.RAW_BODY, 'raw body'],
]);

/** Nest keys route arguments by the parameter type's number (`3:0` is @Body() of the first argument). */
const PARAM_TYPES = new Map<number, RouteParamtypes>(
  Object.values(RouteParamtypes)
    .filter((value) => typeof value === 'number')
    .map((value) => [value, value]),
);

interface RouteArgument {
  schema?: z.ZodType;
  data?: unknown;
}

function joinPath(...segments: string[]): string {
  return `/${segments
    .flatMap((segment) => segment.split('/'))
    .filter(Boolean)
    .join('/')}`;
}

/** Every HTTP route the app's controllers declare, with the schemas and docs attached to it. */
export function listRoutes(discovery: DiscoveryService, scanner: MetadataScanner): RouteDescription[] {
  const routes: RouteDescription[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const { metatype } = wrapper;
    if (!instance || !metatype) continue;
    const controllerPaths = [Reflect.getMetadata(PATH_METADATA, metatype) as string | string[]].flat();
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const handlerName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[handlerName] as object;
      const routePaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (routePaths === undefined || method === undefined) continue;
      const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, metatype, handlerName) ?? {}) as Record<string, RouteArgument>);
      const typeOf = (key: string) => PARAM_TYPES.get(Number(key.split(':')[0]));
      const schemaOf = (type: RouteParamtypes) => args.find(([key]) => typeOf(key) === type)?.[1].schema;
      const upload = Reflect.getMetadata(FILE_UPLOAD, handler) as FileUploadDoc | undefined;
      const undescribedInputs = args.flatMap(([key, argument]) => {
        const type = typeOf(key);
        if (type === RouteParamtypes.FILE) return upload ? [] : ['file'];
        const input = type === undefined ? undefined : SCHEMA_INPUTS.get(type);
        return input && (!argument.schema || argument.data !== undefined) ? [input] : [];
      });
      for (const controllerPath of controllerPaths) {
        for (const routePath of [routePaths].flat()) {
          routes.push({
            method: RequestMethod[method],
            path: joinPath(API_PREFIX, controllerPath, routePath),
            controller: metatype.name,
            handler: handlerName,
            doc: Reflect.getMetadata(API_DOC, handler) as ApiDoc | undefined,
            contract: Reflect.getMetadata(CONTRACT_ROUTE, handler) as ContractRoute | undefined,
            access: (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, metatype)) as AccessRule | undefined,
            body: schemaOf(RouteParamtypes.BODY),
            query: schemaOf(RouteParamtypes.QUERY),
            params: schemaOf(RouteParamtypes.PARAM),
            idempotent: Reflect.getMetadata(IDEMPOTENT, handler) === true,
            upload,
            undescribedInputs,
          });
        }
      }
    }
  }
  return routes;
}
