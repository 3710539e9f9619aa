import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { CAUGHT_EMAIL_MAX_BYTES, startEmbeddedMailCatcher, type CaughtEmail, type MailCatcher } from './embedded-mail-catcher.js';
import { SmtpEmailTransport } from './smtp-email-transport.js';

describe('the embedded mail catcher', () => {
  const caught: CaughtEmail[] = [];
  let catcher: MailCatcher;
  let transport: SmtpEmailTransport;

  beforeAll(async () => {
    catcher = await startEmbeddedMailCatcher({ port: 0, store: (email) => Promise.resolve(void caught.push(email)) });
    transport = new SmtpEmailTransport({ catcherPort: catcher.port }, 'Clinic <no-reply@clinic.example>');
  });
  afterAll(async () => {
    await transport.close();
    await catcher.close();
  });

  it('keeps every message it is sent, raw, with its envelope, subject and Message-ID', async () => {
    const sent = await transport.send({ to: 'ana@example.com', subject: 'Your visit', text: 'See you soon', messageId: '<m1@clinic.example>' });
    expect(sent.providerId).toBe('<m1@clinic.example>');
    expect(caught).toHaveLength(1);
    expect(caught[0]).toMatchObject({ envelopeFrom: 'no-reply@clinic.example', envelopeTo: ['ana@example.com'], subject: 'Your visit', messageId: '<m1@clinic.example>' });
    expect((await simpleParser(caught[0]!.raw)).text?.trim()).toBe('See you soon');
  });

  it('refuses a message over 10 MB, which the sender learns', async () => {
    const huge = 'x'.repeat(CAUGHT_EMAIL_MAX_BYTES + 1024);
    await expect(transport.send({ to: 'ana@example.com', subject: 'Too big', text: huge, messageId: '<m2@clinic.example>' })).rejects.toThrow(/10 MB|size/i);
    expect(caught.map((email) => email.subject)).not.toContain('Too big');
  });
});
