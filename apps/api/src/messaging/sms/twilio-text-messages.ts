import type { OutgoingTextMessage, TextMessageProvider } from '../channels.js';

/** Seconds Twilio may take to answer before a send counts as failed (and is retried later). */
const TWILIO_TIMEOUT_MS = 30_000;

export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  /** The sending number (E.164) or a messaging service SID (`MG…`). */
  from: string;
  /** `https://api.twilio.com`, or a stand-in in tests. */
  apiUrl: string;
}

interface TwilioAnswer {
  sid?: string;
  code?: number;
  message?: string;
}

/** SMS through Twilio's Messages API. */
export class TwilioTextMessages implements TextMessageProvider {
  readonly name = 'Twilio';

  constructor(private readonly account: TwilioAccount) {}

  async send(message: OutgoingTextMessage): Promise<{ providerId: string }> {
    const { accountSid, authToken, from, apiUrl } = this.account;
    const form = new URLSearchParams({ To: message.to, Body: message.body });
    form.set(from.startsWith('MG') ? 'MessagingServiceSid' : 'From', from);
    // Twilio's Messages API takes no idempotency key (message.idempotencyKey): the
    // delivery's lock on the message is what keeps a text from going twice.
    const response = await fetch(`${apiUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: form.toString(),
      signal: AbortSignal.timeout(TWILIO_TIMEOUT_MS),
    }).catch((error: unknown) => {
      // fetch says only "fetch failed"; the reason owners need is its cause.
      const failure = error as Error;
      throw new Error(`Could not reach Twilio: ${(failure.cause as Error | undefined)?.message ?? failure.message}`);
    });
    const answer = (await response.json().catch(() => ({}))) as TwilioAnswer;
    if (!response.ok || !answer.sid) {
      const code = answer.code === undefined ? '' : ` (code ${answer.code})`;
      throw new Error(`Twilio refused the text with ${response.status}: ${answer.message ?? response.statusText}${code}`);
    }
    return { providerId: answer.sid };
  }
}
