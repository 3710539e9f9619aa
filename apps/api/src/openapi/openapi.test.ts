import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { apiRoutes } from '@smp/contracts';
import { listRoutes, type RouteDescription } from './route-catalog.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

/**
 * Redocly's strict rule set, less the rules that ask for what this API rightly
 * does not have.
 */
const LINT_CONFIG: Parameters<typeof createConfig>[0] = {
  extends: ['recommended-strict'],
  rules: {
    // The health check and the documentation's own pages are public and take no input: no client error is theirs to give.
    'operation-4xx-response': 'off',
  },
};

/** The linter's findings about the document, one line each (`rule at pointer: message`); none means it passed. */
async function lintOpenApiDocument(document: unknown): Promise<string[]> {
  const config = await createConfig(LINT_CONFIG);
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
  return problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '#'}: ${problem.message}`);
}

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

describe('the OpenAPI document', () => {
  it('describes every client operation with its request and response schemas', async () => {
    const response = await testApp.http.get('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.0.3');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/clients', '/api/clients/{id}', '/api/clients/{id}/archive', '/api/clients/{id}/restore']));

    const create = document.paths['/api/clients'].post;
    expect(create.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ClientInput' });
    expect(create.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Client' });
    expect(create.responses['409'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    expect(create.parameters).toEqual([
      expect.objectContaining({ name: 'confirmDuplicate', in: 'query', required: false }),
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    ]);

    const list = document.paths['/api/clients'].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['cursor', 'limit', 'q', 'status']);
    const read = document.paths['/api/clients/{id}'].get;
    expect(read.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true }), expect.objectContaining({ name: 'view', in: 'query', required: false })]);

    expect(document.components.schemas.ClientInput.required).toEqual(['firstName', 'lastName']);
    expect(document.components.schemas.Client.properties.email).toEqual({ type: 'string', nullable: true });
  });

  it('says who may call each operation and how to sign in', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body;
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['bearerToken', 'sessionCookie']);
    expect(document.paths['/api/auth/login'].post.security).toEqual([]);
    expect(document.paths['/api/health'].get.security).toEqual([]);
    const staffList = document.paths['/api/staff'].get;
    expect(staffList.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
    expect(staffList.description).toMatch(/Roles: owner\./);
    expect(Object.keys(staffList.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });

  it('describes uploads as multipart forms with the file and the fields the handler validates', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body;
    const clearance = document.paths['/api/screenings/{id}/clearances'].post.requestBody.content;
    expect(Object.keys(clearance)).toEqual(['multipart/form-data']);
    expect(clearance['multipart/form-data'].schema).toMatchObject({
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, questionId: { type: 'string' }, note: { type: 'string' } },
      required: ['file', 'questionId'],
    });
    const sessionPhoto = document.paths['/api/appointments/{id}/photos'].post.requestBody.content['multipart/form-data'].schema;
    expect(sessionPhoto.required).toEqual(['file', 'view', 'phase']);
    expect(document.paths['/api/appointments/{id}/photos'].post.responses['415'].content['application/problem+json']).toBeDefined();
  });

  it('lists the query parameters each handler validates, and no handler reads input the document cannot show', async () => {
    const routes = listRoutes(testApp.app.get(DiscoveryService), testApp.app.get(MetadataScanner));
    expect(routes.filter((route) => route.undescribedInputs.length > 0).map((route) => `${route.method} ${route.path}: ${route.undescribedInputs.join(', ')}`)).toEqual([]);
    const document = (await testApp.http.get('/api/openapi.json')).body;
    const history = document.paths['/api/clients/{id}/history'].get;
    expect(history.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`)).toEqual([
      'path:id',
      'query:types',
      'query:limit',
      'query:cursor',
      'query:view',
    ]);
  });

  it('serves each contract route from one handler that validates with exactly its schemas, and every contract route is served', () => {
    const routes = listRoutes(testApp.app.get(DiscoveryService), testApp.app.get(MetadataScanner));
    expect(routes.flatMap(differencesFromContract)).toEqual([]);
    const served = routes.map((route) => route.contract);
    expect(apiRoutes.filter((route) => served.filter((contract) => contract === route).length !== 1).map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('passes the OpenAPI linter', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body;
    expect(await lintOpenApiDocument(document)).toEqual([]);
  });

  it('leaves no reference dangling', async () => {
    const document = (await testApp.http.get('/api/openapi.json')).body;
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const name of references) expect(document.components.schemas).toHaveProperty([name!]);
  });

  it('is browsable at /api/docs', async () => {
    const page = await testApp.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger-ui-bundle.js');
    const bundle = await testApp.http.get('/api/docs/assets/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await testApp.http.get('/api/docs/assets/start.js')).text).toContain('/api/openapi.json');
  });
});

/** How a served route differs from the contract route it names, one line each. */
function differencesFromContract(route: RouteDescription): string[] {
  const where = `${route.method} ${route.path} (${route.controller}.${route.handler})`;
  const contract = route.contract;
  if (!contract) return [`${where}: not a contract route (@Endpoint)`];
  const differences: string[] = [];
  if (contract.method !== route.method || contract.path !== route.path) differences.push(`served as declared (${contract.method} ${contract.path})`);
  for (const part of ['params', 'query', 'body'] as const) {
    if (route[part] !== contract[part]) differences.push(`${part} validated with the contract's schema`);
  }
  if (Boolean(route.upload) !== Boolean(contract.upload)) differences.push('an upload exactly when the contract says so');
  const documentedSuccess = Object.keys(route.doc?.responses ?? {}).filter((status) => status.startsWith('2'));
  if (documentedSuccess.join() !== String(contract.status)) differences.push(`documented success ${documentedSuccess.join()} = contract status ${contract.status}`);
  return differences.map((difference) => `${where}: not ${difference}`);
}
