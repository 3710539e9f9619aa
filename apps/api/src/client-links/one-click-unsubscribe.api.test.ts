import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ClientLinks } from '../messaging/client-links.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let links: ClientLinks;
beforeAll(async () => {
  testApp = await createTestApp();
  links = testApp.app.get(ClientLinks);
});
afterAll(async () => {
  await testApp.close();
});

/** Where a mail client posts its one-click unsubscribe: the URL of the message's List-Unsubscribe header. */
async function oneClickPath(clientId: string): Promise<string> {
  const [, headerUrl] = /^<(.*)>$/.exec((await links.unsubscribeHeaders(clientId))['List-Unsubscribe']!)!;
  return new URL(headerUrl!).pathname;
}

const marketingWithdrawn = async (clientId: string) => testApp.database.clientMessageConsent.count({ where: { clientId, purpose: 'marketing', granted: false, method: 'unsubscribe_link' } });

describe("a mail client's one-click unsubscribe (RFC 8058)", () => {
  it('is taken as multipart/form-data, as mail clients should send it', async () => {
    const clientId = await screenedClient(testApp);
    const oneClick = await testApp.http.post(await oneClickPath(clientId)).field('List-Unsubscribe', 'One-Click');
    expect(oneClick.status).toBe(200);
    expect(oneClick.body).toEqual({ unsubscribed: true });
    expect(await marketingWithdrawn(clientId)).toBe(1);
  });

  it('is taken URL-encoded, as some send it', async () => {
    const clientId = await screenedClient(testApp);
    const oneClick = await testApp.http
      .post(await oneClickPath(clientId))
      .type('form')
      .send('List-Unsubscribe=One-Click');
    expect(oneClick.status).toBe(200);
    expect(await marketingWithdrawn(clientId)).toBe(1);
  });

  it('refuses a multipart form on every other route', async () => {
    const refused = await testApp.as('receptionist').post('/api/follow-ups/contacts').field('channel', 'phone');
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
