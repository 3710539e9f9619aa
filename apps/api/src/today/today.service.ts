import { Injectable } from '@nestjs/common';
import { addCalendarDays, CERTIFICATION_WARNING_DAYS, dateInZone, roleMay, TODAY_LOOKAHEAD_DAYS, zonedInstant, type SignedInStaff, type Today } from '@smp/contracts';
import { AuditService } from '../audit/audit.service.js';
import type { Actor } from '../audit/actor.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { FollowUpsService } from '../scheduling/follow-ups.service.js';
import { LocationsService } from '../locations/locations.service.js';
import { toAppointment, type AppointmentWithPeople } from '../scheduling/appointment-view.js';
import { ScreeningStandingQueries } from '../screening/screening-standing.queries.js';
import { screeningStanding } from '../screening/screening-status.js';
import { TodayQueries, type ClientOverride } from './today.queries.js';
import { cautionItems, followUpsDue, isTreatment, isUpcoming } from './today-sections.js';

/**
 * The landing page of each role: the day's appointments (an artist's own) with each
 * client's screening and, for clinicians, caution items; bookings still to confirm;
 * reception's follow-ups; and what waits for an owner's decision.
 */
@Injectable()
export class TodayService {
  constructor(
    private readonly queries: TodayQueries,
    private readonly standings: ScreeningStandingQueries,
    private readonly followUps: FollowUpsService,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
    private readonly locations: LocationsService,
  ) {}

  async forStaff(staff: SignedInStaff, actor: Actor, date?: string): Promise<Today> {
    // Staff limited to some locations see the day there; limited to one, on its clock.
    const shown = await this.locations.shownTo(actor, staff.role, undefined);
    const [clinic, only] = await Promise.all([this.clinic.get(), shown?.size === 1 ? this.locations.get([...shown][0]!) : null]);
    const settings = only ? { ...clinic, timeZone: only.timeZone } : clinic;
    const day = date ?? dateInZone(new Date(), settings.timeZone);
    const dayEnd = zonedInstant(addCalendarDays(day, 1), '00:00', settings.timeZone);
    const decides = roleMay(staff.role, 'today.decisions');
    const mayReadAnswers = roleMay(staff.role, 'screening.readAnswers');

    const [rows, queue] = await Promise.all([
      this.queries.appointments(
        { start: zonedInstant(day, '00:00', settings.timeZone), end: zonedInstant(addCalendarDays(day, TODAY_LOOKAHEAD_DAYS + 1), '00:00', settings.timeZone) },
        { artistId: staff.role === 'artist' ? staff.id : undefined, locationIds: shown && [...shown] },
      ),
      roleMay(staff.role, 'followUps.read') ? this.followUps.queue(day, shown) : null,
    ]);
    const live = rows.filter((row) => isUpcoming(row.status));
    const todays = live.filter((row) => row.startsAt < dayEnd);
    const later = live.filter((row) => row.startsAt >= dayEnd);
    const clientIds = [...new Set(live.map((row) => row.clientId))];
    const [latest, overrides, certifications] = await Promise.all([
      this.standings.latestScreenings(clientIds),
      decides ? this.queries.overrides(clientIds, day) : [],
      decides ? this.queries.expiringCertifications(day, addCalendarDays(day, CERTIFICATION_WARNING_DAYS)) : [],
    ]);
    const standingOn = (row: AppointmentWithPeople) => screeningStanding(latest.get(row.clientId) ?? null, settings.injectablesDeferDays, dateInZone(row.startsAt, settings.timeZone));

    const appointments = todays.map((row) => {
      const standing = standingOn(row);
      return { ...toAppointment(row, standing.status), cautions: mayReadAnswers ? cautionItems(standing.evaluation) : null };
    });
    // Caution items are medical answers: reading them is audited as reading the screening is, once a day per client.
    const cautionedClients = new Set(appointments.filter((appointment) => appointment.cautions && appointment.cautions.length > 0).map((appointment) => appointment.client.id));
    for (const clientId of cautionedClients) {
      await this.audit.recordOnce(actor, { action: 'screening.read', clientId, entityType: 'client', entityId: clientId, details: { today: day } });
    }

    return {
      date: day,
      appointments,
      unconfirmed: later.filter((row) => row.status === 'booked').map((row) => toAppointment(row, standingOn(row).status)),
      followUps: queue && followUpsDue(queue),
      decisions: decides
        ? {
            blockedTreatments: live
              .filter((row) => isTreatment(row.kind))
              .map((row) => ({ row, standing: standingOn(row) }))
              .filter(
                ({ row, standing }) =>
                  !standing.eligibility.eligible && !overridden(overrides, row.clientId, latest.get(row.clientId)?.screeningId ?? null, dateInZone(row.startsAt, settings.timeZone)),
              )
              .map(({ row, standing }) => toAppointment(row, standing.status)),
            expiringCertifications: certifications,
          }
        : null,
    };
  }
}

function overridden(overrides: ClientOverride[], clientId: string, screeningId: string | null, day: string): boolean {
  return overrides.some((override) => override.clientId === clientId && override.screeningId === screeningId && override.validUntil >= day);
}
