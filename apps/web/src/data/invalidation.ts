import type { Appointment, Client, Consultation, Design, Eligibility, FadeAssessment, Plan, SessionRecord, Staff } from '@smp/contracts';
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/**
 * What each change makes out of date. A save answers with the record as it now is:
 * that goes straight into the cache; whatever else the change touched is refetched
 * by the pages showing it (and the rest when next shown).
 */

/** Marks the keys (and everything under them) out of date, but for what the change just answered with, which is current. */
function refetch(queryClient: QueryClient, keys: QueryKey[], answered: QueryKey[] = []) {
  const current = new Set(answered.map(hashKey));
  return Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey, predicate: (query) => !current.has(query.queryHash) })));
}

/** Puts what a change answered with into the cache; returns its key, so it is not refetched. */
function answer(queryClient: QueryClient, queryKey: QueryKey, record: unknown): QueryKey {
  queryClient.setQueryData(queryKey, record);
  return queryKey;
}

/** Where a client's bookings show besides the calendar: their plans, consultations, timeline, the follow-up queue, the maintenance recall and the messages a booking sends. */
function bookingKeys(clientId: string, planId: string | undefined): QueryKey[] {
  return [
    queryKeys.appointments.all,
    queryKeys.availability.all,
    queryKeys.followUps,
    queryKeys.plans.ofClient(clientId),
    // A plan's deposit falls due from session 1's booking.
    ...(planId ? [queryKeys.plans.detail(planId), queryKeys.accounts.ofPlan(planId)] : []),
    queryKeys.consultations.ofClient(clientId),
    queryKeys.history.ofClient(clientId),
    queryKeys.fading.ofClient(clientId),
    queryKeys.messages.all,
  ];
}

/** A booking, move or status change of an appointment; a moved one stays where it was dropped while the calendar refetches. */
export function afterAppointmentChange(queryClient: QueryClient, appointment: Appointment) {
  queryClient.setQueriesData<{ items: Appointment[] }>(
    { queryKey: queryKeys.appointments.calendars },
    (calendar) => calendar && { items: calendar.items.map((item) => (item.id === appointment.id ? appointment : item)) },
  );
  return refetch(queryClient, bookingKeys(appointment.client.id, appointment.planSession?.planId ?? appointment.correctionPlanId ?? undefined));
}

/** A consultation booked, recorded or cancelled: it is also an appointment on the calendar. */
export function afterConsultationChange(queryClient: QueryClient, consultation: Consultation) {
  const answered = answer(queryClient, queryKeys.consultations.detail(consultation.clientId, consultation.id), consultation);
  return refetch(queryClient, [...bookingKeys(consultation.clientId, undefined), queryKeys.photos.ofClient(consultation.clientId)], [answered]);
}

/** A session recorded (which completes its appointment, opens the next session's window and uses up stock) or added to. */
export function afterSessionRecord(queryClient: QueryClient, record: SessionRecord) {
  const answered = [answer(queryClient, queryKeys.sessionRecords.detail(record.id), record), answer(queryClient, queryKeys.sessionRecords.ofAppointment(record.appointmentId), record)];
  return refetch(queryClient, [...bookingKeys(record.clientId, record.plan?.id), queryKeys.photos.ofClient(record.clientId), queryKeys.pigments, queryKeys.needles], answered);
}

/** A fade assessment recorded: it may complete its fade check and bring the maintenance recall forward. */
export function afterFadeAssessment(queryClient: QueryClient, assessment: FadeAssessment) {
  const answered = answer(queryClient, queryKeys.fading.ofAppointment(assessment.appointmentId), assessment);
  return refetch(queryClient, bookingKeys(assessment.clientId, undefined), [answered]);
}

/** A correction plan's assessment recorded, or a laser session recorded (which completes its appointment). */
export function afterCorrectionChange(queryClient: QueryClient, clientId: string, planId: string) {
  return refetch(queryClient, bookingKeys(clientId, planId));
}

/** A plan started, cancelled (with its bookings) or given another session. */
export function afterPlanChange(queryClient: QueryClient, plan: Plan) {
  const answered = answer(queryClient, queryKeys.plans.detail(plan.id), plan);
  return refetch(queryClient, bookingKeys(plan.client.id, plan.id), [answered]);
}

/** A client created, edited, archived or restored: lists and searches show them differently. */
export function afterClientChange(queryClient: QueryClient, client: Client) {
  const answered = answer(queryClient, queryKeys.clients.detail(client.id), client);
  return refetch(queryClient, [queryKeys.clients.lists], [answered]);
}

/** A screening, patch test, clearance or override (which answers with the eligibility): the client's standing shows in many places, and decides whether their plans may start. */
export function afterScreeningChange(queryClient: QueryClient, clientId: string, eligibility?: Eligibility) {
  const answered = eligibility ? [answer(queryClient, queryKeys.eligibility(clientId), eligibility)] : [];
  return refetch(
    queryClient,
    [
      queryKeys.screenings.ofClient(clientId),
      queryKeys.intakes.ofClient(clientId),
      queryKeys.patchTests(clientId),
      queryKeys.eligibility(clientId),
      queryKeys.clients.detail(clientId),
      queryKeys.clients.lists,
      queryKeys.appointments.all,
      queryKeys.followUps,
      queryKeys.plans.all,
    ],
    answered,
  );
}

/** A staff member changed: an artist's name, hours or being active decide who can be booked. */
export function afterStaffChange(queryClient: QueryClient, staff: Staff) {
  const answered = answer(queryClient, queryKeys.staff.detail(staff.id), staff);
  return refetch(queryClient, [queryKeys.staff.all, queryKeys.artists, queryKeys.schedules.all, queryKeys.availability.all], [answered]);
}

/**
 * Rooms, closures, hours or time off: what can be booked, and where. These changes
 * answer with the whole list (or schedule) as it now is, which replaces the cached one.
 */
export function afterSchedulingSettingsChange(queryClient: QueryClient, changed: QueryKey, answered: unknown) {
  return refetch(queryClient, [changed, queryKeys.availability.all], [answer(queryClient, changed, answered)]);
}

/** The clinic's hours, spacing, validity and zone: every free slot, window and standing may read differently. */
export function afterClinicSettingsChange(queryClient: QueryClient) {
  return queryClient.invalidateQueries();
}

/** A new version of a hairline design: the design as answered, the client's list of designs, and their plans (which may now start). */
export function afterDesignChange(queryClient: QueryClient, design: Design) {
  return refetch(queryClient, [queryKeys.designs.ofClient(design.clientId), queryKeys.plans.all], [answer(queryClient, queryKeys.designs.detail(design.id), design)]);
}

/** An invoice, credit note, payment or refund: every balance, invoice and the deposit follow-ups may have moved. */
export function afterMoneyChange(queryClient: QueryClient) {
  return refetch(queryClient, [queryKeys.accounts.all, queryKeys.invoices.all, queryKeys.followUps]);
}
