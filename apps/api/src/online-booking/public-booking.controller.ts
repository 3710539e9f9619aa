import { Controller } from '@nestjs/common';
import {
  publicBookingRoutes,
  type BodyOf,
  type BookingConfirmed,
  type BookingHeld,
  type BookingOptions,
  type BookingSlot,
  type BookingStarted,
  type ManagedBooking,
  type ParamsOf,
  type QueryOf,
} from '@smp/contracts';
import { Endpoint, RouteBody, RouteParams, RouteQuery } from '../http/endpoint.js';
import { ApiDoc } from '../http/api-doc.js';
import { Public } from '../access/access.js';
import { CurrentActor, type Actor } from '../audit/actor.js';
import { RateLimited } from '../public-access/rate-limited.js';
import { ManagedBookings } from './managed-bookings.js';
import { PublicBookingService } from './public-booking.service.js';

const TEN_MINUTES = 600;
const HOUR = 3_600;
/** Browsing the calendar: generous, a page asks for a week or two at a time. */
const BROWSING = { perAddress: { limit: 120, windowSeconds: TEN_MINUTES } };
/** Each start sends an email: few per address, fewer per email. */
const STARTING = { perAddress: { limit: 10, windowSeconds: HOUR }, perEmail: { limit: 5, windowSeconds: HOUR } };
/** Codes are locked after five wrong ones per request; this stops guessing across many requests. */
const ANSWERING = { perAddress: { limit: 30, windowSeconds: TEN_MINUTES } };

const notOffered = { 404: { description: 'The clinic does not take bookings online' } };
const linkRefusal = { 404: { description: 'Not a live link: unknown, revoked by a cancellation, or the consultation has begun' } };
const tooMany = { 429: { description: 'Too many requests from this address (or for this email): wait for Retry-After' } };

/** Open without signing in, every route rate-limited: the client's side of online booking. */
@Controller()
export class PublicBookingController {
  constructor(
    private readonly booking: PublicBookingService,
    private readonly managed: ManagedBookings,
  ) {}

  @Endpoint(publicBookingRoutes.options)
  @Public()
  @RateLimited({ bucket: 'booking_options', ...BROWSING })
  @ApiDoc({
    summary: 'What a client may book online',
    description: 'The clinic’s name and time zone, the kinds of consultation and the artists offered (names only), the notice and horizon.',
    responses: { 200: { description: 'The options' }, ...notOffered, ...tooMany },
  })
  options(): Promise<BookingOptions> {
    return this.booking.options();
  }

  @Endpoint(publicBookingRoutes.slots)
  @Public()
  @RateLimited({ bucket: 'booking_slots', ...BROWSING })
  @ApiDoc({
    summary: 'Free consultation slots',
    description: 'From the same availability as staff booking, cut to the offered artists, the minimum notice and the horizon. Without an artist: any offered artist, each start once.',
    responses: { 200: { description: 'The slots' }, ...notOffered, ...tooMany },
  })
  slots(@RouteQuery(publicBookingRoutes.slots) query: QueryOf<typeof publicBookingRoutes.slots>): Promise<{ slots: BookingSlot[] }> {
    return this.booking.slots(query);
  }

  @Endpoint(publicBookingRoutes.start)
  @Public()
  @RateLimited({ bucket: 'booking_start', ...STARTING })
  @ApiDoc({
    summary: 'Ask for a consultation',
    description: 'Emails a 6-digit code to the address given. The answer is the same for any email; nothing is held yet.',
    responses: { 200: { description: 'The request’s handle' }, 409: { description: 'The time is not free' }, ...notOffered, ...tooMany },
  })
  start(@RouteBody(publicBookingRoutes.start) input: BodyOf<typeof publicBookingRoutes.start>, @CurrentActor() actor: Actor): Promise<BookingStarted> {
    return this.booking.start(input, actor);
  }

  @Endpoint(publicBookingRoutes.verify)
  @Public()
  @RateLimited({ bucket: 'booking_verify', ...ANSWERING })
  @ApiDoc({
    summary: 'Prove the email and hold the slot',
    description:
      'The right code holds the slot for 10 minutes; wrong codes are counted and the fifth ends the request. After a 409, the same code holds another free time sent as `startsAt`.',
    responses: {
      200: { description: 'Held' },
      400: { description: 'Not the code sent' },
      409: { description: 'The time was taken meanwhile: choose another and verify again with it' },
      410: { description: 'The request has ended (lapsed, locked or used): start again' },
      ...tooMany,
    },
  })
  verify(@RouteBody(publicBookingRoutes.verify) { requestId, code, startsAt }: BodyOf<typeof publicBookingRoutes.verify>): Promise<BookingHeld> {
    return this.booking.verify(requestId, code, startsAt ? new Date(startsAt) : undefined);
  }

  @Endpoint(publicBookingRoutes.confirm)
  @Public()
  @RateLimited({ bucket: 'booking_confirm', ...ANSWERING })
  @ApiDoc({
    summary: 'Book the held slot',
    description: 'Books the consultation for the client with the verified email (or a new client for reception to confirm) and emails the manage link.',
    responses: {
      201: { description: 'Booked' },
      409: { description: 'The hold lapsed, or the time was taken: choose another' },
      410: { description: 'The request has ended: start again' },
      ...tooMany,
    },
  })
  confirm(@RouteBody(publicBookingRoutes.confirm) { requestId }: BodyOf<typeof publicBookingRoutes.confirm>, @CurrentActor() actor: Actor): Promise<BookingConfirmed> {
    return this.booking.confirm(requestId, actor);
  }

  @Endpoint(publicBookingRoutes.manage)
  @Public()
  @RateLimited({ bucket: 'booking_manage', ...BROWSING })
  @ApiDoc({
    summary: 'A booking, by its manage link',
    description: 'When, with whom, how, and its status. Nothing clinical.',
    responses: { 200: { description: 'The booking' }, ...linkRefusal, ...tooMany },
  })
  manage(@RouteParams(publicBookingRoutes.manage) { token }: ParamsOf<typeof publicBookingRoutes.manage>): Promise<ManagedBooking> {
    return this.managed.viewByToken(token);
  }

  @Endpoint(publicBookingRoutes.manageSlots)
  @Public()
  @RateLimited({ bucket: 'booking_manage', ...BROWSING })
  @ApiDoc({
    summary: 'Slots a booking may move to',
    description: 'Free slots of the booking’s artist, within the notice and horizon.',
    responses: { 200: { description: 'The slots' }, ...linkRefusal, ...tooMany },
  })
  manageSlots(
    @RouteParams(publicBookingRoutes.manageSlots) { token }: ParamsOf<typeof publicBookingRoutes.manageSlots>,
    @RouteQuery(publicBookingRoutes.manageSlots) days: QueryOf<typeof publicBookingRoutes.manageSlots>,
  ): Promise<{ slots: BookingSlot[] }> {
    return this.managed.slots(token, days);
  }

  @Endpoint(publicBookingRoutes.reschedule)
  @Public()
  @RateLimited({ bucket: 'booking_change', ...ANSWERING })
  @ApiDoc({
    summary: 'Move a booking',
    description: 'To another free slot of the same artist, outside the minimum notice; recorded as the client’s act.',
    responses: { 200: { description: 'Moved' }, 409: { description: 'Too close to move online, or the time is not free' }, ...linkRefusal, ...tooMany },
  })
  reschedule(
    @RouteParams(publicBookingRoutes.reschedule) { token }: ParamsOf<typeof publicBookingRoutes.reschedule>,
    @RouteBody(publicBookingRoutes.reschedule) { startsAt }: BodyOf<typeof publicBookingRoutes.reschedule>,
    @CurrentActor() actor: Actor,
  ): Promise<ManagedBooking> {
    return this.managed.reschedule(token, new Date(startsAt), actor);
  }

  @Endpoint(publicBookingRoutes.cancel)
  @Public()
  @RateLimited({ bucket: 'booking_change', ...ANSWERING })
  @ApiDoc({
    summary: 'Cancel a booking',
    description: 'Late or not by the clinic’s usual rule; recorded as the client’s act. The link then ends.',
    responses: { 200: { description: 'Cancelled' }, 409: { description: 'Already cancelled or taken place' }, ...linkRefusal, ...tooMany },
  })
  cancel(
    @RouteParams(publicBookingRoutes.cancel) { token }: ParamsOf<typeof publicBookingRoutes.cancel>,
    @RouteBody(publicBookingRoutes.cancel) _body: BodyOf<typeof publicBookingRoutes.cancel>,
    @CurrentActor() actor: Actor,
  ): Promise<ManagedBooking> {
    return this.managed.cancel(token, actor);
  }
}
