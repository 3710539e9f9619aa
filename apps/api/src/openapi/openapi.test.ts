import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

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
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/clients', '/api/clients/{id}', '/api/clients/{id}/archive', '/api/clients/{id}/restore']),
    );

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
    expect(read.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })]);

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
