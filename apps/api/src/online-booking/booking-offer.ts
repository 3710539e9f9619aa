import { Inject, Injectable } from '@nestjs/common';
import { dateInZone, problemTypes, type ClinicSettings, type Location, type OnlineBookingSettings } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { ProblemException, validationProblem } from '../http/problem.js';
import { LocationsService } from '../locations/locations.service.js';
import { AvailabilityService } from '../scheduling/availability.service.js';
import { bookingWindow, daysWithin, withinWindow, type BookingWindow } from './booking-policy.js';
import { OnlineBookingSettingsService } from './online-booking-settings.service.js';

/** Where a slot is looked for, on whose calendar its days are. */
export type SlotPlace = Pick<Location, 'id' | 'timeZone'>;

/**
 * What the clinic offers online right now: its settings, and the offered artists still
 * at work, in name order. New bookings are at the main location, and `clinic` speaks on
 * its clock.
 */
export interface Offer {
  settings: OnlineBookingSettings;
  clinic: ClinicSettings;
  location: SlotPlace;
  artists: { id: string; name: string }[];
  window: BookingWindow;
}

export interface FreeSlot {
  startsAt: Date;
  endsAt: Date;
  artistId: string;
}

const notOffered = new ProblemException({ type: problemTypes.notFound, title: 'Not found', status: 404, detail: 'This clinic does not take bookings online' });

/**
 * The slots a client may choose: the same availability as staff booking (hours,
 * closures, time off, appointments and live holds), cut to the offered artists,
 * the minimum notice and the horizon.
 */
@Injectable()
export class BookingOffer {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly settings: OnlineBookingSettingsService,
    private readonly clinicSettings: ClinicSettingsService,
    private readonly availability: AvailabilityService,
    private readonly locations: LocationsService,
  ) {}

  /** The current offer; 404 while online booking is off. */
  async current(): Promise<Offer> {
    const [settings, settingsOfClinic, location] = await Promise.all([this.settings.get(), this.clinicSettings.get(), this.locations.main()]);
    if (!settings.enabled) throw notOffered;
    const clinic = { ...settingsOfClinic, timeZone: location.timeZone };
    const artists = await this.database.staff.findMany({
      where: { id: { in: settings.artistIds }, role: 'artist', deactivatedAt: null },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return { settings, clinic, location, artists, window: bookingWindow(Date.now(), settings, clinic.timeZone) };
  }

  /** Refuses an artist that is not offered (null: any offered artist). */
  assertArtistOffered(offer: Offer, artistId: string | null | undefined): void {
    if (artistId && !offer.artists.some((artist) => artist.id === artistId)) throw validationProblem([{ field: 'artistId', message: 'Not offered for online booking' }]);
  }

  /**
   * Free consultation slots over the days of the place's calendar (cut to the window), of
   * one offered artist or of any, at the main location unless another is named (a booking
   * moved online stays where it is). None of an artist no longer offered (a booking's
   * artist who left): the client calls the clinic.
   */
  async slots(offer: Offer, days: { from: string; to: string }, artistId: string | null, ignoreAppointmentId?: string, place: SlotPlace = offer.location): Promise<FreeSlot[]> {
    const within = daysWithin(days, offer.window, place.timeZone);
    const offered = new Set(offer.artists.map((artist) => artist.id));
    if (!within || offered.size === 0 || (artistId && !offered.has(artistId))) return [];
    const found = await this.availability.slots(
      {
        ...within,
        artistId: artistId ?? undefined,
        durationMinutes: offer.clinic.consultationMinutes,
        kind: 'consultation',
        ignoreAppointmentId,
        locationIds: new Set([place.id]),
      },
      offer.window.notBefore,
    );
    return found
      .filter((slot) => offered.has(slot.artistId) && withinWindow(new Date(slot.startsAt), offer.window, place.timeZone))
      .map((slot) => ({ startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt), artistId: slot.artistId }));
  }

  /** The offered artists free for a consultation starting then (the one asked for, or any, in name order). */
  async freeAt(offer: Offer, startsAt: Date, artistId: string | null, ignoreAppointmentId?: string, place: SlotPlace = offer.location): Promise<FreeSlot[]> {
    const day = dateInZone(startsAt, place.timeZone);
    const slots = await this.slots(offer, { from: day, to: day }, artistId, ignoreAppointmentId, place);
    return slots.filter((slot) => slot.startsAt.getTime() === startsAt.getTime());
  }
}
