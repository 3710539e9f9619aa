import { onlineBookingRoutes, onlineClientRoutes, publicBookingRoutes, type BookingStart, type OnlineBookingSettingsInput } from '@smp/contracts';
import { callApi } from './http';

/** The booking page and the manage link: no sign-in; the request's handle or the link's secret is the permission. */
export const publicBookingApi = {
  options: (signal?: AbortSignal) => callApi(publicBookingRoutes.options, { signal }),
  slots: (days: { from: string; to: string; artistId?: string | undefined }, signal?: AbortSignal) => callApi(publicBookingRoutes.slots, { query: days, signal }),
  start: (input: BookingStart) => callApi(publicBookingRoutes.start, { body: input }),
  /** The emailed code holds the slot; with `startsAt`, another time after the first was taken meanwhile. */
  verify: (requestId: string, code: string, startsAt?: string) => callApi(publicBookingRoutes.verify, { body: { requestId, code, ...(startsAt ? { startsAt } : {}) } }),
  confirm: (requestId: string) => callApi(publicBookingRoutes.confirm, { body: { requestId } }),
  manage: (token: string, signal?: AbortSignal) => callApi(publicBookingRoutes.manage, { params: { token }, signal }),
  manageSlots: (token: string, days: { from: string; to: string }, signal?: AbortSignal) => callApi(publicBookingRoutes.manageSlots, { params: { token }, query: days, signal }),
  reschedule: (token: string, startsAt: string) => callApi(publicBookingRoutes.reschedule, { params: { token }, body: { startsAt } }),
  cancel: (token: string) => callApi(publicBookingRoutes.cancel, { params: { token }, body: {} }),
};

/** The owners' choices of what the booking page offers. */
export const onlineBookingSettingsApi = {
  get: () => callApi(onlineBookingRoutes.settings),
  update: (input: OnlineBookingSettingsInput) => callApi(onlineBookingRoutes.updateSettings, { body: input }),
};

/** Clients an online booking created, for reception to confirm. */
export const onlineClientsApi = {
  list: () => callApi(onlineClientRoutes.list),
  confirm: (id: string) => callApi(onlineClientRoutes.confirm, { params: { id }, body: {} }),
};
