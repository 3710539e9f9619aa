import pg from 'pg';

interface ChannelEvents {
  /** LISTEN is in place: from now on every notification arrives. */
  onListening: () => void;
  /** Something was sent on the channel. */
  onNotification: () => void;
  /** The connection it listened on is gone: notifications may be missed until onListening again. */
  onLost: (error: unknown) => void;
}

/** Wait before trying to listen again after the connection was lost or refused. */
const RECONNECT_DELAY_MS = 2_000;

/**
 * One dedicated connection that LISTENs on a PostgreSQL channel and reconnects when
 * it is lost, so the holder always knows whether it can trust that it hears every change.
 */
export class ChannelListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  listening = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly events: ChannelEvents,
  ) {}

  /** Resolves after the first attempt, listening or not (later attempts follow on their own). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000, keepAlive: true });
    this.client = client;
    // An object, not a `let`: the handlers below set it while connect() awaits.
    const attempt = { lost: false };
    const lose = (error: unknown) => {
      if (attempt.lost) return;
      attempt.lost = true;
      const wasListening = this.listening;
      this.listening = false;
      // Failed attempts to listen again are not news: nothing was being heard.
      if (wasListening) this.events.onLost(error);
      void client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.connect(), RECONNECT_DELAY_MS);
    };
    client.on('error', lose);
    client.on('end', () => lose(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.events.onNotification();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    } catch (error) {
      lose(error);
      return;
    }
    if (this.stopped || attempt.lost) return;
    this.listening = true;
    this.events.onListening();
  }
}
