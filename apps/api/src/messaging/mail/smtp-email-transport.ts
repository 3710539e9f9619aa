import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailTransport, OutgoingEmail } from '../channels.js';

/** Seconds a mail server may take before a send counts as failed (and is retried later). */
const SMTP_TIMEOUT_MS = 30_000;

/** Where the transport sends: the clinic's server (`SMTP_URL`) or the embedded mail catcher on loopback. */
export type SmtpServer = { url: string } | { catcherPort: number };

/** Email over SMTP through nodemailer, one pooled connection at a time. */
export class SmtpEmailTransport implements EmailTransport {
  private readonly transporter: Transporter;

  constructor(
    server: SmtpServer,
    private readonly from: string,
  ) {
    const limits = { connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS };
    this.transporter =
      'url' in server
        ? nodemailer.createTransport({ url: server.url, ...limits })
        : nodemailer.createTransport({ host: '127.0.0.1', port: server.catcherPort, secure: false, ignoreTLS: true, ...limits });
  }

  async send(email: OutgoingEmail): Promise<{ providerId: string }> {
    const info = await this.transporter.sendMail({
      from: this.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      replyTo: email.replyTo,
      headers: email.headers,
      attachments: email.attachments?.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
      // Content comes from templates and client records: never let it name a file or URL to read.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
    return { providerId: info.messageId };
  }

  close(): Promise<void> {
    this.transporter.close();
    return Promise.resolve();
  }
}
