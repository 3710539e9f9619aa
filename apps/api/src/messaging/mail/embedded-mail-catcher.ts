import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** The largest message the catcher takes, as `caught_emails.raw` allows. */
export const CAUGHT_EMAIL_MAX_BYTES = 10 * 1024 * 1024;

/** One message as the catcher received it. */
export interface CaughtEmail {
  envelopeFrom: string | null;
  envelopeTo: string[];
  messageId: string | null;
  subject: string | null;
  raw: Buffer;
}

export interface MailCatcher {
  /** The port it listens on, on 127.0.0.1. */
  port: number;
  close: () => Promise<void>;
}

function addressOf(address: SMTPServerAddress | false): string | null {
  return address ? address.address : null;
}

/**
 * A real SMTP server on loopback that accepts every message, without sign-in, and
 * hands it to `store`: the demo's and tests' stand-in for the clinic's mail server,
 * so what a client would receive can be read back exactly as it was sent.
 */
export async function startEmbeddedMailCatcher(options: { port: number; store: (email: CaughtEmail) => Promise<void> }): Promise<MailCatcher> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: CAUGHT_EMAIL_MAX_BYTES,
    banner: 'SMP embedded mail catcher: nothing here reaches anyone',
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        // smtp-server reads an oversized message to its end and only then says so.
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message exceeds the 10 MB the mail catcher keeps'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true })
          .then((parsed) =>
            options.store({
              envelopeFrom: addressOf(session.envelope.mailFrom),
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              messageId: parsed.messageId ?? null,
              subject: parsed.subject ?? null,
              raw,
            }),
          )
          .then(
            () => callback(),
            (error: unknown) => callback(Object.assign(new Error(`Could not keep the message: ${(error as Error).message}`), { responseCode: 451 })),
          );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client that misbehaves must not bring the app down; its session just ends.
  server.on('error', () => undefined);
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
