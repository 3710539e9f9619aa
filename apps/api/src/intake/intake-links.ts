import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Transaction } from '../database/database.js';
import { publicBaseUrl } from '../messaging/client-links.js';
import { PublicTokensService } from '../public-access/public-tokens.service.js';

/** The web page an intake link opens; its token is the API route's too. */
export const intakePagePath = (token: string) => `/intake/${token}`;

/** Links to a consultation's intake: live until the consultation begins, moved with it, ended by its cancellation. */
@Injectable()
export class IntakeLinks {
  private readonly baseUrl: string;

  constructor(
    private readonly tokens: PublicTokensService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.baseUrl = publicBaseUrl(config);
  }

  async issue(transaction: Transaction, consultation: { appointmentId: string; startsAt: Date }): Promise<{ token: string; url: string; expiresAt: Date }> {
    const { token, expiresAt } = await this.tokens.issue(transaction, 'intake', { appointmentId: consultation.appointmentId }, consultation.startsAt);
    return { token, url: `${this.baseUrl}${intakePagePath(token)}`, expiresAt };
  }
}

/** The email that brings a client their intake link. */
export function intakeEmail(clinicName: string, firstName: string, url: string): { subject: string; text: string } {
  return {
    subject: `Before your consultation with ${clinicName}`,
    text: [
      `Hello ${firstName},`,
      '',
      'Before your consultation, please tell us about your hair and your health, and send a few photos of your scalp. It takes about ten minutes:',
      url,
      '',
      'Your artist goes through your answers with you at the consultation. The link works until it begins; keep it to yourself.',
      '',
      clinicName,
    ].join('\n'),
  };
}
