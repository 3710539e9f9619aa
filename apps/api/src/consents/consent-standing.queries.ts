import { Inject, Injectable } from '@nestjs/common';
import { CONSENT_KINDS, type ClientConsents, type ConsentKind, type ConsentTemplate } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { consentState, treatmentConsentStanding, type TreatmentConsentStanding } from './consent-standing.js';

const staffName = { select: { id: true, name: true } } as const;

/** The columns a form is shown with. */
export const consentTemplateColumns = { id: true, kind: true, version: true, title: true, body: true, publishedAt: true, publishedBy: staffName } as const;

export function toConsentTemplate(row: Omit<ConsentTemplate, 'kind' | 'publishedAt'> & { kind: string; publishedAt: Date }): ConsentTemplate {
  return { ...row, kind: row.kind as ConsentKind, publishedAt: row.publishedAt.toISOString() };
}

/** The forms in force and where one client stands with each: what the client page shows and eligibility asks. */
@Injectable()
export class ConsentStandingQueries {
  constructor(@Inject(PrismaClient) private readonly database: Database) {}

  /** The version in force of each kind of form that has one. */
  private async currentTemplates() {
    const rows = await this.database.consentTemplate.findMany({
      distinct: ['kind'],
      orderBy: [{ kind: 'asc' }, { version: 'desc' }],
      select: consentTemplateColumns,
    });
    return new Map(rows.map((row) => [row.kind as ConsentKind, row]));
  }

  /** Each form as the client stands with it, and whether they are asked to sign the treatment consent at their next visit. */
  async forClient(clientId: string): Promise<ClientConsents> {
    const [current, signatures, treatedBefore] = await Promise.all([
      this.currentTemplates(),
      this.database.clientConsent.findMany({
        where: { clientId },
        // The latest decision on each form: a later signature on the same version replaces a decline.
        distinct: ['kind'],
        orderBy: [{ kind: 'asc' }, { signedAt: 'desc' }],
        select: { id: true, kind: true, templateId: true, granted: true, signedName: true, signedAt: true, witnessedBy: staffName, template: { select: { version: true } } },
      }),
      this.treatedBefore(clientId),
    ]);
    const forms = CONSENT_KINDS.map((kind) => {
      const template = current.get(kind) ?? null;
      const signature = signatures.find((row) => row.kind === kind) ?? null;
      return {
        kind,
        state: consentState(template?.version ?? null, signature && { version: signature.template.version, granted: signature.granted }),
        current: template && toConsentTemplate(template),
        latest: signature && {
          id: signature.id,
          templateId: signature.templateId,
          version: signature.template.version,
          granted: signature.granted,
          signedName: signature.signedName,
          signedAt: signature.signedAt.toISOString(),
          witnessedBy: signature.witnessedBy,
        },
      };
    });
    const treatment = treatmentConsentStanding(forms.find((form) => form.kind === 'treatment')!.state, treatedBefore);
    return { clientId, forms, askAtNextVisit: treatment.askAtNextVisit };
  }

  /**
   * Where the client stands with the treatment consent, the one form that can hold
   * treatment up. Eligibility asks this at every booking, plan view and session
   * record: it reads version numbers only, not every form's text and signature.
   */
  async treatment(clientId: string): Promise<TreatmentConsentStanding> {
    const [current, latest, treatedBefore] = await Promise.all([
      this.database.consentTemplate.findFirst({ where: { kind: 'treatment' }, orderBy: { version: 'desc' }, select: { version: true } }),
      this.database.clientConsent.findFirst({
        where: { clientId, kind: 'treatment' },
        orderBy: { signedAt: 'desc' },
        select: { granted: true, template: { select: { version: true } } },
      }),
      this.treatedBefore(clientId),
    ]);
    return treatmentConsentStanding(consentState(current?.version ?? null, latest && { version: latest.template.version, granted: latest.granted }), treatedBefore);
  }

  /** Whether the client has had an SMP session recorded: consent before session 1 is behind them. */
  private async treatedBefore(clientId: string): Promise<boolean> {
    return (await this.database.sessionRecord.findFirst({ where: { clientId }, select: { id: true } })) !== null;
  }
}
