import { Inject, Injectable } from '@nestjs/common';
import { addCalendarDays, dateInZone, pigmentName, problemTypes, roleMay, type Eligibility, type StaffRole, type eligibilityOverrideInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../database/column-values.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { ProblemException, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { describeReason } from './eligibility-reasons.js';
import { notClearedMessage, pigmentsNotCleared, screeningNotesPigmentAllergy } from './pigment-patch-tests.js';
import { ScreeningStandingQueries } from './screening-standing.queries.js';
import { ConsentStandingQueries } from '../consents/consent-standing.queries.js';

type OverrideInput = z.output<typeof eligibilityOverrideInputSchema>;

/** Whether a client may be treated on a day, and the owners' overrides that let treatment go ahead regardless. */
@Injectable()
export class EligibilityService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly standings: ScreeningStandingQueries,
    private readonly settings: ClinicSettingsService,
    private readonly consents: ConsentStandingQueries,
  ) {}

  /** Eligibility as staff open it: for roles that see the medical reasons, that read is audited. */
  async readEligibility(clientId: string, onDate: string | undefined, actor: Actor, role: StaffRole): Promise<Eligibility> {
    const eligibility = await this.onDay(clientId, onDate, roleMay(role, 'screening.readAnswers'));
    if (roleMay(role, 'screening.readAnswers') && eligibility.reasons.some((reason) => reason.questionId)) {
      await this.audit.record(this.database, actor, { action: 'screening.read', clientId, entityType: 'client', entityId: clientId, details: { eligibility: true } });
    }
    return eligibility;
  }

  /** An owner lets treatment go ahead although the screening does not, with a written reason, until a date. */
  async override(clientId: string, input: OverrideInput, actor: Actor, role: StaffRole): Promise<Eligibility> {
    await assertActiveClient(this.database, clientId, 'adding to their record');
    const settings = await this.settings.get();
    const today = dateInZone(new Date(), settings.timeZone);
    const standing = (await this.standings.standings([clientId], today)).get(clientId)!;
    // No longer than the screening it answers would itself have allowed treatment.
    const latest = standing.status.validUntil ?? addCalendarDays(today, settings.screeningValidityDays - 1);
    if (input.validUntil < today || input.validUntil > latest) {
      throw validationProblem([{ field: 'validUntil', message: `Choose a day from ${today} to ${latest}` }]);
    }
    await this.database.$transaction(async (transaction) => {
      const override = await transaction.eligibilityOverride.create({
        data: { clientId, screeningId: standing.screeningId, reason: input.reason, validUntil: fromIsoDate(input.validUntil)!, grantedById: actor.staffId! },
      });
      await this.audit.record(transaction, actor, {
        action: 'eligibility.override',
        clientId: clientId,
        entityType: 'eligibility_override',
        entityId: override.id,
        details: { reason: input.reason, validUntil: input.validUntil },
      });
    });
    return this.onDay(clientId, undefined, roleMay(role, 'screening.readAnswers'));
  }

  /**
   * The rule plans and bookings call: refuses, with the reasons, treatment of a
   * client whose screening does not allow it on that day and whom no owner has let through.
   */
  async assertTreatmentAllowed(clientId: string, onDate: string, role: StaffRole): Promise<Eligibility> {
    const eligibility = await this.onDay(clientId, onDate, roleMay(role, 'screening.readAnswers'));
    if (!eligibility.eligible) {
      throw new ProblemException({
        type: problemTypes.notEligible,
        title: 'Treatment cannot go ahead',
        status: 409,
        detail: eligibility.reasons.map((reason) => reason.message).join(' '),
        reasons: eligibility.reasons,
      });
    }
    return eligibility;
  }

  /**
   * Refuses pigment lots a client with a noted pigment allergy may not receive:
   * each pigment needs its own passed patch test (the field names the lot's row).
   */
  async assertPigmentsPatchTested(clientId: string, lots: { field: string; lotId: string }[]): Promise<void> {
    const latest = (await this.standings.latestScreenings([clientId])).get(clientId) ?? null;
    if (!screeningNotesPigmentAllergy(latest)) return;
    const lotRows = await this.database.pigmentLot.findMany({ where: { id: { in: lots.map((lot) => lot.lotId) } }, include: { pigment: true } });
    const used = lots.flatMap(({ field, lotId }) => {
      const lot = lotRows.find((candidate) => candidate.id === lotId.toLowerCase());
      return lot ? [{ field, pigmentId: lot.pigmentId, name: pigmentName(lot.pigment) }] : [];
    });
    const results = await this.database.$queryRaw<{ pigment_id: string; result: string }[]>`
      SELECT DISTINCT ON (pigment_id) pigment_id, result FROM patch_tests
      WHERE client_id = ${clientId}::uuid AND pigment_id = ANY(${used.map((pigment) => pigment.pigmentId)}::uuid[])
      ORDER BY pigment_id, read_on DESC, recorded_at DESC`;
    const refused = pigmentsNotCleared(used, new Map(results.map((row) => [row.pigment_id, row.result])));
    if (refused.length > 0) {
      const untiedPassed = await this.database.patchTest.findMany({ where: { clientId, pigmentId: null, result: 'passed' }, select: { pigmentNote: true }, orderBy: { readOn: 'asc' } });
      const typedNames = [...new Set(untiedPassed.map((test) => test.pigmentNote!))];
      throw validationProblem(
        refused.map((pigment) => ({ field: pigment.field, message: notClearedMessage(pigment.name, typedNames) })),
        'A passed patch test clears the pigment it tested only',
      );
    }
  }

  /**
   * Whether treatment may go ahead on a day, with the reasons if not, and an owner's override if one holds;
   * the reasons name the medical answers behind them only `withAnswers` (for roles that may read them).
   */
  async onDay(clientId: string, onDate: string | undefined, withAnswers: boolean): Promise<Eligibility> {
    await existingClient(this.database, clientId);
    const settings = await this.settings.get();
    const day = onDate ?? dateInZone(new Date(), settings.timeZone);
    const standing = (await this.standings.standings([clientId], day)).get(clientId)!;
    const [latest, override, treatmentConsent] = await Promise.all([
      standing.screeningId ? this.database.screening.findUnique({ where: { id: standing.screeningId }, select: { questionnaireVersion: true } }) : null,
      // An override answers the screening it was granted on: a newer screening is a new question.
      this.database.eligibilityOverride.findFirst({
        where: { clientId, screeningId: standing.screeningId, validUntil: { gte: fromIsoDate(day)! } },
        include: { grantedBy: { select: { id: true, name: true } } },
        orderBy: [{ grantedAt: 'desc' }],
      }),
      this.consents.treatment(clientId),
    ]);
    // Treatment consent before session 1 is one more reason, under the same override as the screening's.
    const reasons = [...standing.eligibility.reasons, ...(treatmentConsent.blocks ? [{ code: treatmentConsent.blocks }] : [])];
    return {
      clientId,
      on: day,
      eligible: reasons.length === 0 || override !== null,
      reasons: reasons.map((reason) => ({
        code: reason.code,
        message: describeReason(reason, latest?.questionnaireVersion ?? null, withAnswers),
        questionId: withAnswers ? (reason.questionId ?? null) : null,
        until: reason.until ?? null,
      })),
      override: override
        ? { id: override.id, reason: override.reason, validUntil: toIsoDate(override.validUntil)!, grantedBy: override.grantedBy, grantedAt: override.grantedAt.toISOString() }
        : null,
      status: standing.status,
    };
  }
}
