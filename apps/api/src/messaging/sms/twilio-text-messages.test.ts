import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { freePort } from '../../test-support/test-postgres.js';
import { TwilioTextMessages } from './twilio-text-messages.js';

/** A stand-in for Twilio's Messages API: answers 400 with Twilio's error body for an invalid number. */
describe('Twilio text messages', () => {
  const accountSid = `AC${'2'.repeat(32)}`;
  let server: Server;
  let apiUrl: string;
  let lastForm: URLSearchParams;

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        lastForm = new URLSearchParams(body);
        if (lastForm.get('To') === '+15550000000') {
          response
            .writeHead(400, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ code: 21211, message: "The 'To' number +15550000000 is not a valid phone number.", status: 400 }));
        } else {
          response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ sid: 'SM0123', status: 'accepted' }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("rejects with Twilio's reason and error code", async () => {
    const twilio = new TwilioTextMessages({ accountSid, authToken: 'token-token-token', from: '+15559990000', apiUrl });
    await expect(twilio.send({ to: '+15550000000', body: 'Hello', idempotencyKey: 'k1' })).rejects.toThrow(
      "Twilio refused the text with 400: The 'To' number +15550000000 is not a valid phone number. (code 21211)",
    );
  });

  it('sends from a messaging service when given its SID', async () => {
    const service = `MG${'3'.repeat(32)}`;
    const twilio = new TwilioTextMessages({ accountSid, authToken: 'token-token-token', from: service, apiUrl });
    await expect(twilio.send({ to: '+15551112222', body: 'Hello', idempotencyKey: 'k2' })).resolves.toEqual({ providerId: 'SM0123' });
    expect(Object.fromEntries(lastForm)).toEqual({ To: '+15551112222', Body: 'Hello', MessagingServiceSid: service });
  });

  it('rejects when Twilio cannot be reached', async () => {
    const twilio = new TwilioTextMessages({ accountSid, authToken: 'token-token-token', from: '+15559990000', apiUrl: `http://127.0.0.1:${await freePort()}` });
    await expect(twilio.send({ to: '+15551112222', body: 'Hello', idempotencyKey: 'k3' })).rejects.toThrow(/Could not reach Twilio: .*ECONNREFUSED/);
  });
});
