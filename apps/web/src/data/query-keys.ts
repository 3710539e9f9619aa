import type { BusinessReportKey, ClientStatusFilter, MessageStatus, TreatmentReportQuery } from '@smp/contracts';
import type { BusinessReportQuery } from '../api/business-reports';
import type { LotKind } from '../api/catalogue';
import type { AvailabilityQuery } from '../api/scheduling';
import type { HistoryEntryType } from '../api/sessions';
import type { StaffListParameters } from '../api/staff';

/**
 * Every query's key, from the general to the particular: invalidating a prefix
 * (`['appointments']`) refreshes everything under it (every calendar range shown).
 * A client's records are keyed by the client, so a change to one client leaves the others cached.
 */
export const queryKeys = {
  /** The clinic's settings: its name, time zone, country and hours, read by every page. */
  clinic: ['clinic'] as const,
  clients: {
    all: ['clients'] as const,
    lists: ['clients', 'list'] as const,
    list: (filters: { q: string; status: ClientStatusFilter; limit: number }) => ['clients', 'list', filters] as const,
    /** The booking panel's few matches for what was typed. */
    search: (q: string, limit: number) => ['clients', 'list', 'search', { q, limit }] as const,
    detail: (id: string) => ['clients', 'detail', id] as const,
  },
  appointments: {
    all: ['appointments'] as const,
    calendars: ['appointments', 'calendar'] as const,
    calendar: (range: { from: string; to: string; artistId?: string | undefined; locationId?: string | undefined }) => ['appointments', 'calendar', range] as const,
    detail: (id: string) => ['appointments', 'detail', id] as const,
    /** The Today page: under appointments, so every booking, move or status change refreshes it. */
    today: ['appointments', 'today'] as const,
  },
  /** Free slots, of the calendar's search and of a plan's next session: any booking may take one. */
  availability: {
    all: ['availability'] as const,
    search: (query: AvailabilityQuery) => ['availability', 'search', query] as const,
    planSession: (planId: string, artistId: string | undefined) => ['availability', 'plan-session', planId, artistId ?? null] as const,
  },
  artists: ['artists'] as const,
  rooms: ['rooms'] as const,
  locations: ['locations'] as const,
  staffLocations: (staffId: string) => ['staff', staffId, 'locations'] as const,
  closures: ['closures'] as const,
  prices: ['prices'] as const,
  schedules: {
    all: ['schedules'] as const,
    ofArtist: (artistId: string) => ['schedules', artistId] as const,
  },
  plans: {
    all: ['plans'] as const,
    ofClient: (clientId: string) => ['plans', 'client', clientId] as const,
    detail: (id: string) => ['plans', 'detail', id] as const,
    /** Under the plan, so a change of the plan or a booking of it refreshes them. */
    laserSessions: (id: string) => ['plans', 'detail', id, 'laser-sessions'] as const,
    correctionAssessment: (id: string) => ['plans', 'detail', id, 'correction-assessment'] as const,
    laserRecord: (planId: string, appointmentId: string) => ['plans', 'detail', planId, 'laser-record', appointmentId] as const,
  },
  followUps: ['follow-ups'] as const,
  /** The clinic's tax id, deposit and fee policy. */
  billingSettings: ['billing-settings'] as const,
  /** What the public booking page offers. */
  onlineBookingSettings: ['online-booking-settings'] as const,
  /** Clients online bookings created, awaiting reception's confirmation. */
  onlineClients: ['online-clients'] as const,
  taxRates: {
    all: ['tax-rates'] as const,
    list: (archived: boolean) => ['tax-rates', { archived }] as const,
  },
  /** A plan's quote, every version of it, and the price list's draft of a new one. */
  quotes: {
    ofPlan: (planId: string) => ['quotes', planId] as const,
    versions: (planId: string) => ['quotes', planId, 'versions'] as const,
    draft: (planId: string) => ['quotes', planId, 'draft'] as const,
  },
  /** The signed-in person's calendar subscription: whether it is on. */
  calendarFeed: ['calendar-feed'] as const,
  consultations: {
    ofClient: (clientId: string) => ['consultations', clientId] as const,
    list: (clientId: string) => ['consultations', clientId, 'list'] as const,
    detail: (clientId: string, id: string) => ['consultations', clientId, 'detail', id] as const,
  },
  screenings: {
    ofClient: (clientId: string) => ['screenings', 'client', clientId] as const,
    latest: (clientId: string) => ['screenings', 'client', clientId, 'latest'] as const,
    detail: (id: string) => ['screenings', 'detail', id] as const,
  },
  intakes: {
    ofClient: (clientId: string) => ['intakes', 'client', clientId] as const,
    detail: (id: string) => ['intakes', 'detail', id] as const,
  },
  patchTests: (clientId: string) => ['patch-tests', clientId] as const,
  eligibility: (clientId: string) => ['eligibility', clientId] as const,
  consentForms: ['consent-forms'] as const,
  consents: (clientId: string) => ['consents', clientId] as const,
  history: {
    ofClient: (clientId: string) => ['history', clientId] as const,
    list: (clientId: string, types: readonly HistoryEntryType[]) => ['history', clientId, { types }] as const,
    latestSession: (clientId: string) => ['history', clientId, 'latest-session'] as const,
    /** Under the client's history, so what refreshes the timeline refreshes the progression too. */
    progression: (clientId: string, planId: string | undefined) => ['history', clientId, 'shade-progression', planId ?? 'all'] as const,
  },
  photos: {
    ofClient: (clientId: string) => ['photos', clientId] as const,
    list: (clientId: string, view: string | undefined) => ['photos', clientId, { view: view ?? null }] as const,
    ofAppointment: (clientId: string, appointmentId: string) => ['photos', clientId, { appointmentId }] as const,
  },
  designs: {
    ofClient: (clientId: string) => ['designs', clientId] as const,
    detail: (designId: string) => ['designs', 'detail', designId] as const,
  },
  /** A client's fade assessments and maintenance recall; an appointment's assessment. */
  messageTemplates: ['message-templates'] as const,
  messagePreferences: {
    ofClient: (clientId: string) => ['message-preferences', clientId] as const,
  },
  /** The outbox (by status filter) and each client's messages in it. */
  messages: {
    all: ['messages'] as const,
    outbox: (status: MessageStatus | null) => ['messages', 'outbox', { status }] as const,
    ofClient: (clientId: string, view: string) => ['messages', 'client', clientId, { view }] as const,
  },
  messageDelivery: ['message-delivery'] as const,
  caughtEmails: {
    all: ['caught-emails'] as const,
    detail: (id: string) => ['caught-emails', 'detail', id] as const,
  },
  fading: {
    ofClient: (clientId: string) => ['fading', 'client', clientId] as const,
    ofAppointment: (appointmentId: string) => ['fading', 'appointment', appointmentId] as const,
  },
  sessionRecords: {
    all: ['session-records'] as const,
    ofAppointment: (appointmentId: string) => ['session-records', 'appointment', appointmentId] as const,
    detail: (id: string) => ['session-records', 'detail', id] as const,
  },
  treatmentReport: (query: TreatmentReportQuery) => ['treatment-report', query] as const,
  businessReport: (report: BusinessReportKey, query: BusinessReportQuery) => ['business-report', report, query] as const,
  staff: {
    all: ['staff'] as const,
    list: (filters: Omit<StaffListParameters, 'cursor'>) => ['staff', 'list', filters] as const,
    /** Everyone who ever worked here, for naming them in filters. */
    everyone: ['staff', 'everyone'] as const,
    detail: (id: string) => ['staff', 'detail', id] as const,
  },
  /** By the page's filters; null while they make no sense (a range ending before it starts). */
  auditEvents: (filters: object | null) => ['audit-events', filters] as const,
  pigments: ['pigments'] as const,
  needles: ['needles'] as const,
  lotRecall: (kind: LotKind, lotId: string) => ['lot-recall', kind, lotId] as const,
  /** Balances of clients and plans: any invoice, credit note, payment or refund changes them. */
  accounts: {
    all: ['accounts'] as const,
    ofClient: (clientId: string) => ['accounts', 'client', clientId] as const,
    ofPlan: (planId: string) => ['accounts', 'plan', planId] as const,
  },
  invoices: {
    all: ['invoices'] as const,
    detail: (id: string) => ['invoices', 'detail', id] as const,
    /** Under invoices, so issuing the visit's invoice refreshes what it would still charge. */
    visitDraft: (appointmentId: string) => ['invoices', 'visit-draft', appointmentId] as const,
  },
};
