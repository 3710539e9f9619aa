import { Inject, Injectable } from '@nestjs/common';
import {
  addCalendarDays,
  dateInZone,
  roleMay,
  type Plan,
  type PlanListItem,
  type Slot,
  type StaffRole,
  type TreatmentStyle,
  type addSessionSchema,
  type planInputSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { notFoundProblem, conflictProblem, forbiddenProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { assertActiveClient } from '../shared/client-checks.js';
import { assertActiveArtist } from '../staff/active-artist.js';
import { EligibilityService } from '../screening/eligibility.service.js';
import { ScreeningStandingQueries } from '../screening/screening-standing.queries.js';
import { DesignsService } from '../designs/designs.service.js';
import { AppointmentWriter } from '../scheduling/appointment-writer.js';
import { AvailabilityService } from '../scheduling/availability.service.js';
import { nextSessionToBook } from '../scheduling/plan-progress.js';
import { smpAllowedOn } from '../scheduling/correction-rules.js';
import { PricesService } from './prices.service.js';
import { assertMedicalClearanceOnFile, medicalClearanceOnFile } from './clearance-gate.js';
import { bookingCancellationReason } from './plan-cancellation.js';
import { ASSESSMENT_MISSING, planStartBlockers } from './start-blockers.js';
import { sessionPriceMinor } from './session-price.js';
import { planIncludes, toPlan, toPlanListItem, type PlanRow } from './plan-view.js';
import { assertPlannablePigments } from './plannable-pigments.js';

type PlanInput = z.output<typeof planInputSchema>;
type NewSession = z.output<typeof addSessionSchema>;

/** A plan has 2 sessions, 3 when the client asks; further sessions are paid extras. */
const MAX_INCLUDED_SESSIONS = 3;

@Injectable()
export class PlansService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
    private readonly prices: PricesService,
    private readonly clinic: ClinicSettingsService,
    private readonly eligibility: EligibilityService,
    private readonly standings: ScreeningStandingQueries,
    private readonly availability: AvailabilityService,
    private readonly calendar: AppointmentWriter,
    private readonly designs: DesignsService,
  ) {}

  /** A draft plan: the style, the artist, catalogue pigments per session, quoted from the price list (owners may quote otherwise). */
  async create(input: PlanInput, actor: Actor, role: StaffRole): Promise<Plan> {
    if (input.quotedPriceMinor !== undefined && !roleMay(role, 'prices.manage')) {
      throw forbiddenProblem('Only an owner quotes other than the price list');
    }
    await assertActiveClient(this.database, input.clientId, 'planning treatment', 'clientId');
    await assertActiveArtist(this.database, input.artistId);
    await assertPlannablePigments(
      this.database,
      input.sessions.map((session, index) => ({ field: `sessions.${index}.pigmentIds`, pigmentIds: session.pigmentIds })),
    );
    const price = await this.prices.of(input.style);
    const id = await this.database.$transaction(async (transaction) => {
      const plan = await transaction.treatmentPlan.create({
        data: {
          clientId: input.clientId,
          style: input.style,
          artistId: input.artistId,
          quotedPriceMinor: input.quotedPriceMinor ?? price.planPriceMinor,
          currency: price.currency,
          notes: input.notes ?? null,
          createdById: actor.staffId!,
          sessions: {
            create: input.sessions.map((session, index) => ({
              number: index + 1,
              kind: 'included',
              priceMinor: sessionPriceMinor(index + 1, price.extraSessionPriceMinor),
              pigments: { create: session.pigmentIds.map((pigmentId) => ({ pigmentId })) },
            })),
          },
        },
      });
      await this.record(transaction, actor, 'plan.create', plan.clientId, plan.id, { style: input.style, sessions: input.sessions.length });
      return plan.id;
    });
    return this.get(id);
  }

  /**
   * Starting a plan needs a screening that allows treatment today and, for a hairline,
   * the client's approved design (or an owner's override of either); alopecia / medical
   * also a doctor's clearance (or an owner's override of it); a correction starts from
   * the assessment of the previous work. `startBlockers` of the plan's view tells the same.
   */
  async start(planId: string, actor: Actor, role: StaffRole): Promise<Plan> {
    const plan = await this.row(planId);
    if (plan.status !== 'draft') throw conflictProblem('Already started', `The plan is ${plan.status}`);
    if (plan.style === 'correction' && !(await this.database.correctionAssessment.count({ where: { planId } }))) {
      throw conflictProblem('Assessment missing', 'A correction starts from an assessment of the previous work: record it first', {
        field: 'correctionAssessment',
        message: ASSESSMENT_MISSING,
      });
    }
    const { timeZone } = await this.clinic.get();
    const eligibility = await this.eligibility.assertTreatmentAllowed(plan.clientId, dateInZone(new Date(), timeZone), role);
    const design = await this.designs.assertDesignForPlan(plan.clientId, plan.style as TreatmentStyle, eligibility.override);
    await assertMedicalClearanceOnFile(this.database, plan);
    await this.database.$transaction(async (transaction) => {
      const started = await transaction.treatmentPlan.updateMany({ where: { id: planId, status: 'draft' }, data: { status: 'active', startedAt: new Date() } });
      if (started.count === 0) throw conflictProblem('Already started', 'The plan was started at the same moment');
      await this.record(transaction, actor, 'plan.start', plan.clientId, planId, design ? { withoutApprovedDesign: design.overriddenBy } : {});
    });
    return this.get(planId);
  }

  /** One action: the optional third session, or an extra touch-up; from the third on, each is charged at the price list's extra-session price. */
  async addSession(planId: string, session: NewSession, actor: Actor): Promise<Plan> {
    await assertPlannablePigments(this.database, [{ field: 'pigmentIds', pigmentIds: session.pigmentIds }]);
    await this.database.$transaction(async (transaction) => {
      const [locked] = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM treatment_plans WHERE id = ${planId}::uuid FOR UPDATE`;
      if (!locked) throw notFoundProblem('The plan');
      const plan = await transaction.treatmentPlan.findUniqueOrThrow({ where: { id: planId }, include: { sessions: true } });
      if (plan.status !== 'active') throw conflictProblem('Plan not active', 'Add sessions to an active plan');
      const included = plan.sessions.filter((candidate) => candidate.kind === 'included').length;
      if (session.kind === 'included' && included >= MAX_INCLUDED_SESSIONS) {
        throw conflictProblem('Three sessions already', 'A plan includes at most 3 sessions; add an extra touch-up instead');
      }
      const number = plan.sessions.length + 1;
      const price = sessionPriceMinor(number, (await this.prices.of(plan.style as TreatmentStyle)).extraSessionPriceMinor);
      await transaction.planSession.create({
        data: { planId, number, kind: session.kind, priceMinor: price, pigments: { create: session.pigmentIds.map((pigmentId) => ({ pigmentId })) } },
      });
      await this.record(transaction, actor, 'plan.add_session', plan.clientId, planId, { number, kind: session.kind });
    });
    return this.get(planId);
  }

  /** An owner waives the charge of a session (the third), with a reason; audited with the price waived. */
  async includeSession(planId: string, sessionId: string, reason: string, actor: Actor): Promise<Plan> {
    await this.database.$transaction(async (transaction) => {
      const session = await transaction.planSession.findFirst({ where: { id: sessionId, planId }, include: { plan: { select: { clientId: true, status: true } } } });
      if (!session) throw notFoundProblem('The plan session');
      if (session.plan.status === 'cancelled' || session.plan.status === 'completed') throw conflictProblem('Plan closed', `The plan is ${session.plan.status}`);
      if (session.priceMinor === 0) throw conflictProblem('Not charged', `Session ${session.number} is included in the plan already`);
      const included = await transaction.planSession.updateMany({ where: { id: sessionId, priceMinor: session.priceMinor }, data: { priceMinor: 0, includedReason: reason } });
      if (included.count === 0) throw conflictProblem('Changed meanwhile', 'The session’s price changed at the same moment: reload the plan');
      await this.record(transaction, actor, 'plan.session_included', session.plan.clientId, planId, { number: session.number, waivedPriceMinor: session.priceMinor, reason });
    });
    return this.get(planId);
  }

  /** Cancels the plan with its reason; its sessions still booked are cancelled with it. */
  async cancel(planId: string, reason: string, actor: Actor): Promise<Plan> {
    await this.database.$transaction(async (transaction) => {
      const [locked] = await transaction.$queryRaw<{ id: string }[]>`SELECT id FROM treatment_plans WHERE id = ${planId}::uuid FOR UPDATE`;
      if (!locked) throw notFoundProblem('The plan');
      const plan = await transaction.treatmentPlan.findUniqueOrThrow({ where: { id: planId } });
      if (plan.status !== 'draft' && plan.status !== 'active') throw conflictProblem('Cannot cancel', `The plan is ${plan.status}`);
      await this.calendar.cancelPlanBookings(transaction, planId, actor, bookingCancellationReason(reason));
      await transaction.treatmentPlan.update({ where: { id: planId }, data: { status: 'cancelled', cancelledAt: new Date(), cancellationReason: reason } });
      await this.record(transaction, actor, 'plan.cancel', plan.clientId, planId, { reason });
    });
    return this.get(planId);
  }

  /** One plan, with why it cannot start yet when it is a draft. */
  async get(planId: string): Promise<Plan> {
    const row = await this.row(planId);
    const [statuses, settings] = await Promise.all([this.standings.statuses([row.clientId]), this.clinic.get()]);
    const startBlockers = await this.startBlockers(row, dateInZone(new Date(), settings.timeZone));
    return toPlan(row, statuses.get(row.clientId)!, settings, startBlockers);
  }

  /** A client's plans in a fixed number of queries however many they have: the start checks come with a single plan only. */
  async listForClient(clientId: string): Promise<PlanListItem[]> {
    const [rows, statuses, settings] = await Promise.all([
      this.database.treatmentPlan.findMany({ where: { clientId }, include: planIncludes, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
      this.standings.statuses([clientId]),
      this.clinic.get(),
    ]);
    return rows.map((row) => toPlanListItem(row, statuses.get(clientId)!, settings));
  }

  /** Free slots for the plan's next unbooked session, inside its window only, and after the skin has healed from laser removal. */
  async nextSessionSlots(
    planId: string,
    artistId: string | undefined,
    /** Only these locations' (those the asker works at); every location when absent. */
    locationIds?: ReadonlySet<string>,
  ): Promise<{ slots: Slot[]; window: { opensOn: string; closesOn: string } | null }> {
    const plan = await this.row(planId);
    if (plan.status !== 'active') throw conflictProblem('Plan not active', 'Start the plan before booking its sessions');
    const settings = await this.clinic.get();
    const next = nextSessionToBook(plan.sessions, settings);
    if (next === 'all booked') throw conflictProblem('All booked', 'Every session of the plan is booked');
    if (next === 'gap') throw conflictProblem('Session before not booked', 'Book the earlier session first');
    const { window } = next;
    const today = dateInZone(new Date(), settings.timeZone);
    const healedOn = plan.style === 'correction' ? await smpAllowedOn(this.database, planId, settings) : null;
    const from = [today, window?.opensOn ?? today, healedOn ?? today].sort().at(-1)!;
    const to = window?.closesOn ?? addCalendarDays(from, settings.sessionSpacingMaxDays);
    if (to < from) return { slots: [], window };
    const slots = await this.availability.slots({ artistId: artistId ?? plan.artistId, from, to, durationMinutes: settings.sessionMinutes, kind: 'plan_session', locationIds });
    return { slots, window };
  }

  private async row(planId: string): Promise<PlanRow> {
    const row = await this.database.treatmentPlan.findUnique({ where: { id: planId }, include: planIncludes });
    if (!row) throw notFoundProblem('The plan');
    return row;
  }

  /** Why a draft plan cannot start today: its view says so before anyone presses Start. */
  private async startBlockers(row: PlanRow, today: string) {
    if (row.status !== 'draft') return [];
    const [eligibility, approvedDesigns, clearanceOnFile] = await Promise.all([
      // The plan's view names no medical answers: the client's screening page does, for those who may read them.
      this.eligibility.onDay(row.clientId, today, false),
      this.database.hairlineDesign.count({ where: { clientId: row.clientId, kind: 'approved' } }),
      medicalClearanceOnFile(this.database, row),
    ]);
    return planStartBlockers(
      { status: row.status, style: row.style as TreatmentStyle },
      { eligibility, approvedDesign: approvedDesigns > 0, clearanceOnFile, assessed: row.correctionAssessment !== null },
    );
  }

  private record(
    writer: Pick<Database, 'auditEvent'>,
    actor: Actor,
    action: 'plan.create' | 'plan.start' | 'plan.add_session' | 'plan.session_included' | 'plan.cancel',
    clientId: string,
    planId: string,
    details: Record<string, string | number> = {},
  ) {
    return this.audit.record(writer, actor, { action, clientId, entityType: 'treatment_plan', entityId: planId, details });
  }
}
