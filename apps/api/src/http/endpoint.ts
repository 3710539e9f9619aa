import { applyDecorators, Body, HttpCode, Param, Query, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import { API_PATH_PREFIX, withSchemas, type ContractRoute, type Route } from '@smp/contracts';
import type { z } from 'zod';
import { SingleFileUpload } from './uploads.js';

export const CONTRACT_ROUTE = 'smp:contract-route';

/**
 * Serves a route declared in the contracts: its method and path (under the global
 * API prefix, so the controller declares none), its success status, and for an
 * upload the multipart form. Its schemas and response reach the OpenAPI document
 * through the route catalog.
 */
export function Endpoint(route: Route) {
  const contract = withSchemas(route);
  return applyDecorators(
    RequestMapping({ method: RequestMethod[route.method], path: route.path.slice(API_PATH_PREFIX.length) }),
    HttpCode(route.status),
    SetMetadata(CONTRACT_ROUTE, contract),
    ...(route.upload ? [SingleFileUpload(maxUploadBytes(contract))] : []),
  );
}

function maxUploadBytes(contract: ContractRoute): number {
  if (contract.uploadMaxBytes === undefined) throw new Error(`${contract.method} ${contract.path} is an upload without uploadMaxBytes`);
  return contract.uploadMaxBytes;
}

function schemaOf(route: Route, part: 'params' | 'query' | 'body'): z.ZodType {
  const schema = withSchemas(route)[part];
  if (!schema) throw new Error(`${route.method} ${route.path} declares no ${part}`);
  return schema;
}

/** The route's path parameters, validated by its `params` schema. */
export const RouteParams = (route: Route) => Param({ schema: schemaOf(route, 'params') });
/** The route's query, validated by its `query` schema. */
export const RouteQuery = (route: Route) => Query({ schema: schemaOf(route, 'query') });
/** The route's body (an upload's form fields), validated by its `body` schema. */
export const RouteBody = (route: Route) => Body({ schema: schemaOf(route, 'body') });
