import {
  appointmentRoutes,
  availabilityRoutes,
  closureRoutes,
  priceRoutes,
  roomRoutes,
  scheduleRoutes,
  type AppointmentInput,
  type AppointmentMove,
  type AppointmentStatus,
  type BodyInputOf,
  type QueryInputOf,
  type WorkingInterval,
} from '@smp/contracts';
import { callApi } from './http';

export type AvailabilityQuery = QueryInputOf<typeof availabilityRoutes.find>;

export const appointmentsApi = {
  /** The calendar between two days of the clinic's calendar (at most 42). */
  list: (query: QueryInputOf<typeof appointmentRoutes.list>, signal?: AbortSignal) => callApi(appointmentRoutes.list, { query, signal }),
  get: (id: string, signal?: AbortSignal) => callApi(appointmentRoutes.get, { params: { id }, signal }),
  book: (input: AppointmentInput) => callApi(appointmentRoutes.book, { body: input }),
  move: (id: string, move: AppointmentMove) => callApi(appointmentRoutes.move, { params: { id }, body: move }),
  setStatus: (id: string, status: AppointmentStatus, reason?: string) => callApi(appointmentRoutes.setStatus, { params: { id }, body: { status, reason } }),
};

export const availabilityApi = {
  /** Free start times; for a treatment each comes with a free room. */
  find: (query: AvailabilityQuery, signal?: AbortSignal) => callApi(availabilityRoutes.find, { query, signal }),
};

/** Each change answers with all rooms. */
export const roomsApi = {
  list: (signal?: AbortSignal) => callApi(roomRoutes.list, { signal }),
  add: (room: BodyInputOf<typeof roomRoutes.add>) => callApi(roomRoutes.add, { body: room }),
  archive: (id: string) => callApi(roomRoutes.archive, { params: { id } }),
  restore: (id: string) => callApi(roomRoutes.restore, { params: { id } }),
};

/** Each change answers with the artist's whole schedule. */
export const schedulesApi = {
  get: (artistId: string, signal?: AbortSignal) => callApi(scheduleRoutes.get, { params: { id: artistId }, signal }),
  setHours: (artistId: string, weekly: WorkingInterval[]) => callApi(scheduleRoutes.setHours, { params: { id: artistId }, body: { weekly } }),
  addTimeOff: (artistId: string, timeOff: BodyInputOf<typeof scheduleRoutes.addTimeOff>) => callApi(scheduleRoutes.addTimeOff, { params: { id: artistId }, body: timeOff }),
  removeTimeOff: (artistId: string, timeOffId: string) => callApi(scheduleRoutes.removeTimeOff, { params: { id: artistId, timeOffId } }),
};

/** Each change answers with all closures. */
export const closuresApi = {
  list: (signal?: AbortSignal) => callApi(closureRoutes.list, { signal }),
  add: (closure: BodyInputOf<typeof closureRoutes.add>) => callApi(closureRoutes.add, { body: closure }),
  remove: (id: string) => callApi(closureRoutes.remove, { params: { id } }),
};

export const pricesApi = {
  list: (signal?: AbortSignal) => callApi(priceRoutes.list, { signal }),
  update: (prices: BodyInputOf<typeof priceRoutes.update>['prices']) => callApi(priceRoutes.update, { body: { prices } }),
};
