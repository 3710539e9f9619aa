import { Inject, Injectable } from '@nestjs/common';
import { clientLinkRoutes, routePath } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MessageLinks, MessagingTransaction } from './message-composer.js';
import { signedToken, verifiedId } from './link-signing.js';

/** The `signing_keys` row each kind of link is signed with. */
export type LinkKeyPurpose = 'appointment_links' | 'unsubscribe_links';

/** What an unsubscribe link's signature covers besides the client: it only ever withdraws marketing consent. */
const UNSUBSCRIBE_SCOPE = 'marketing';
/** An appointment link's signature covers the row's id; the row says which appointment and until when. */
const APPOINTMENT_SCOPE = 'appointment';

/**
 * Where clients reach the app: `PUBLIC_URL` once the configuration has it, else
 * this instance on localhost (right for a clinic's single machine and for tests).
 */
export function publicBaseUrl(config: Pick<AppConfig, 'port'> & { publicUrl?: string }): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

/** The web pages the links open; their tokens are the API routes' too. */
export const visitPagePath = (token: string) => `/visit/${token}`;
export const unsubscribePagePath = (token: string) => `/unsubscribe/${token}`;

/**
 * The headers that let a mail client offer "Unsubscribe" and send it itself
 * (RFC 8058: a POST of `List-Unsubscribe=One-Click` to the API's address).
 */
export function oneClickUnsubscribeHeaders(baseUrl: string, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${baseUrl}${routePath(clientLinkRoutes.unsubscribe, { token })}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Reads the link keys once (the migration made them; they never change) and signs and checks tokens. */
@Injectable()
export class LinkSigner {
  private keys: Promise<Map<string, Uint8Array>> | undefined;

  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  async appointmentToken(linkId: string): Promise<string> {
    return signedToken(linkId, APPOINTMENT_SCOPE, await this.key('appointment_links'));
  }

  async unsubscribeToken(clientId: string): Promise<string> {
    return signedToken(clientId, UNSUBSCRIBE_SCOPE, await this.key('unsubscribe_links'));
  }

  /** The `appointment_links` row a token names, or null when its signature fails. */
  async appointmentLinkId(token: string): Promise<string | null> {
    return verifiedId(token, APPOINTMENT_SCOPE, await this.key('appointment_links'));
  }

  /** The client an unsubscribe token names, or null when its signature fails. */
  async unsubscribingClientId(token: string): Promise<string | null> {
    return verifiedId(token, UNSUBSCRIBE_SCOPE, await this.key('unsubscribe_links'));
  }

  private async key(purpose: LinkKeyPurpose): Promise<Uint8Array> {
    this.keys ??= this.database.$queryRaw<{ purpose: string; secret: Uint8Array }[]>`SELECT purpose, secret FROM signing_keys`.then(
      (rows) => new Map(rows.map((row) => [row.purpose, row.secret])),
      (error: unknown) => {
        // Read again next time: a database that was down comes back.
        this.keys = undefined;
        throw error;
      },
    );
    const secret = (await this.keys).get(purpose);
    if (!secret) throw new Error(`No signing key for ${purpose}: migration 0020 makes it`);
    return secret;
  }
}

/** The links a message carries: the reminder's confirm-or-reschedule link and the unsubscribe link. */
@Injectable()
export class ClientLinks implements MessageLinks {
  private readonly baseUrl: string;

  constructor(
    private readonly signer: LinkSigner,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.baseUrl = publicBaseUrl(config);
  }

  /** One link per message: composing the message again (a retry) gives the same link. */
  async appointmentLink(transaction: MessagingTransaction, link: { messageId: string; appointmentId: string; expiresAt: Date }): Promise<string> {
    const [row] = await transaction.$queryRaw<{ id: string }[]>`
      WITH made AS (
        INSERT INTO appointment_links (appointment_id, message_id, expires_at)
        VALUES (${link.appointmentId}::uuid, ${link.messageId}::uuid, ${link.expiresAt})
        ON CONFLICT (message_id) DO NOTHING
        RETURNING id
      )
      SELECT id FROM made UNION ALL SELECT id FROM appointment_links WHERE message_id = ${link.messageId}::uuid`;
    return `${this.baseUrl}${visitPagePath(await this.signer.appointmentToken(row!.id))}`;
  }

  async unsubscribeLink(clientId: string): Promise<string> {
    return `${this.baseUrl}${unsubscribePagePath(await this.signer.unsubscribeToken(clientId))}`;
  }

  /** The unsubscribe headers of a message to this client (see oneClickUnsubscribeHeaders). */
  async unsubscribeHeaders(clientId: string): Promise<Record<string, string>> {
    return oneClickUnsubscribeHeaders(this.baseUrl, await this.signer.unsubscribeToken(clientId));
  }
}
