import { Inject, Injectable } from '@nestjs/common';
import { DECLINABLE_CONSENT_KINDS, type ClientConsents, type ConsentKind, type ConsentTemplate, type consentSignatureInputSchema, type consentTemplateInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { signaturePng } from '../shared/signature.js';
import { ConsentStandingQueries, consentTemplateColumns, toConsentTemplate } from './consent-standing.queries.js';

type TemplateInput = z.output<typeof consentTemplateInputSchema>;
type SignatureInput = z.output<typeof consentSignatureInputSchema>;

/**
 * Consent forms and clients' signatures on them. Both are written once: new wording
 * is the form's next version, and a client's changed mind is a new signature.
 */
@Injectable()
export class ConsentsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly standings: ConsentStandingQueries,
  ) {}

  async templates(): Promise<{ items: ConsentTemplate[] }> {
    const rows = await this.database.consentTemplate.findMany({
      orderBy: [{ kind: 'asc' }, { version: 'desc' }],
      select: consentTemplateColumns,
    });
    return { items: rows.map(toConsentTemplate) };
  }

  /** Publishes the kind's next version; clients who signed an earlier one are asked to sign it. */
  async publish(input: TemplateInput, actor: Actor): Promise<ConsentTemplate> {
    const created = await this.database.$transaction(async (transaction) => {
      // Two owners publishing the same kind at once take the next numbers in turn.
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('smp:consent-template'), hashtext(${input.kind}))`;
      const latest = await transaction.consentTemplate.findFirst({ where: { kind: input.kind }, orderBy: { version: 'desc' }, select: { version: true } });
      const template = await transaction.consentTemplate.create({
        data: { kind: input.kind, version: (latest?.version ?? 0) + 1, title: input.title, body: input.body, publishedById: actor.staffId! },
        select: consentTemplateColumns,
      });
      await this.audit.record(transaction, actor, {
        action: 'consent_form.publish',
        entityType: 'consent_template',
        entityId: template.id,
        details: { kind: template.kind, version: template.version },
      });
      return template;
    });
    return toConsentTemplate(created);
  }

  /** Where the client stands with each form; a read of their record, audited. */
  async forClient(clientId: string, actor: Actor): Promise<ClientConsents> {
    await existingClient(this.database, clientId);
    const consents = await this.standings.forClient(clientId);
    await this.audit.record(this.database, actor, { action: 'consent.read', clientId, entityType: 'client', entityId: clientId, details: {} });
    return consents;
  }

  /**
   * The client signs the version in force of a form on the clinic's tablet, by typed
   * name and drawn signature, witnessed by the staff member signed in; photo and
   * marketing consent may be declined, and the decline is signed and kept alike.
   */
  async sign(clientId: string, input: SignatureInput, actor: Actor): Promise<ClientConsents> {
    await assertActiveClient(this.database, clientId, 'adding to their record');
    const signature = signaturePng(input.signature);
    const template = await this.database.consentTemplate.findUnique({ where: { id: input.templateId }, select: { kind: true, version: true } });
    if (!template) throw validationProblem([{ field: 'templateId', message: 'Not a published consent form' }]);
    const kind = template.kind as ConsentKind;
    if (!input.granted && !DECLINABLE_CONSENT_KINDS.includes(kind)) {
      throw validationProblem([{ field: 'granted', message: 'This form is signed to agree; it cannot be declined' }]);
    }
    await this.database.$transaction(async (transaction) => {
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('smp:consent-template'), hashtext(${kind}))`;
      const newer = await transaction.consentTemplate.findFirst({ where: { kind, version: { gt: template.version } }, select: { version: true } });
      if (newer)
        throw conflictProblem('A newer version of the form is in force', `Version ${newer.version} replaces version ${template.version}: have the client read and sign that`, 'templateId');
      const consent = await transaction.clientConsent.create({
        data: { clientId, templateId: input.templateId, kind, granted: input.granted, signedName: input.signedName, signaturePng: signature, witnessedById: actor.staffId! },
        select: { id: true },
      });
      await this.audit.record(transaction, actor, {
        action: 'consent.sign',
        clientId,
        entityType: 'client_consent',
        entityId: consent.id,
        details: { kind, version: template.version, granted: input.granted },
      });
    });
    return this.standings.forClient(clientId);
  }

  /** The client's drawn signature on a form, as a PNG; the read is audited. */
  async signature(consentId: string, actor: Actor): Promise<Buffer> {
    const consent = await this.database.clientConsent.findUnique({ where: { id: consentId }, select: { clientId: true, signaturePng: true } });
    if (!consent) throw notFoundProblem('The consent');
    await this.audit.record(this.database, actor, {
      action: 'consent.read',
      clientId: consent.clientId,
      entityType: 'client_consent',
      entityId: consentId,
      details: { signature: true },
    });
    return Buffer.from(consent.signaturePng);
  }
}
