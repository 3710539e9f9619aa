import type {
  Appointment,
  appointmentDetailSchema,
  AppointmentInput,
  AppointmentStatus,
  ArtistSchedule,
  availabilitySchema,
  closureSchema,
  priceSchema,
  Room,
  timeOffSchema,
  WorkingInterval,
} from '@smp/contracts';
import type { z } from 'zod';
import { apiRequest } from './http';

export type AppointmentDetail = z.infer<typeof appointmentDetailSchema>;
export type Availability = z.infer<typeof availabilitySchema>;
export type Closure = z.infer<typeof closureSchema>;
export type TimeOff = z.infer<typeof timeOffSchema>;
export type Price = z.infer<typeof priceSchema>;

export interface AppointmentMove {
  startsAt?: string;
  artistId?: string;
  roomId?: string | null;
  durationMinutes?: number;
  reason?: string;
  override?: { reason: string };
}

export interface AvailabilityQuery {
  artistId?: string;
  /** First and last day, YYYY-MM-DD on the clinic's calendar. */
  from: string;
  to: string;
  durationMinutes: number;
  kind: Appointment['kind'];
}

const appointmentPath = (id: string) => `/api/appointments/${encodeURIComponent(id)}`;
const artistPath = (id: string) => `/api/artists/${encodeURIComponent(id)}`;

export const appointmentsApi = {
  /** The calendar between two days of the clinic's calendar (at most 42). */
  list: (query: { from: string; to: string; artistId?: string }, signal?: AbortSignal) =>
    apiRequest<{ items: Appointment[] }>('/api/appointments', { query: { ...query }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<AppointmentDetail>(appointmentPath(id), { signal }),
  book: (input: AppointmentInput) => apiRequest<Appointment>('/api/appointments', { method: 'POST', body: input }),
  move: (id: string, move: AppointmentMove) => apiRequest<Appointment>(appointmentPath(id), { method: 'PATCH', body: move }),
  setStatus: (id: string, status: AppointmentStatus, reason?: string) =>
    apiRequest<Appointment>(`${appointmentPath(id)}/status`, { method: 'POST', body: { status, reason } }),
};

export const availabilityApi = {
  /** Free start times; for a treatment each comes with a free room. */
  find: (query: AvailabilityQuery, signal?: AbortSignal) => apiRequest<Availability>('/api/availability', { query: { ...query }, signal }),
};

export const roomsApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: Room[] }>('/api/rooms', { signal }),
  add: (name: string) => apiRequest<Room>('/api/rooms', { method: 'POST', body: { name } }),
  archive: (id: string) => apiRequest<Room>(`/api/rooms/${encodeURIComponent(id)}/archive`, { method: 'POST' }),
  restore: (id: string) => apiRequest<Room>(`/api/rooms/${encodeURIComponent(id)}/restore`, { method: 'POST' }),
};

export const schedulesApi = {
  get: (artistId: string, signal?: AbortSignal) => apiRequest<ArtistSchedule>(`${artistPath(artistId)}/schedule`, { signal }),
  setHours: (artistId: string, weekly: WorkingInterval[]) =>
    apiRequest<ArtistSchedule>(`${artistPath(artistId)}/hours`, { method: 'PUT', body: { weekly } }),
  addTimeOff: (artistId: string, timeOff: Omit<TimeOff, 'id'>) =>
    apiRequest<TimeOff>(`${artistPath(artistId)}/time-off`, { method: 'POST', body: timeOff }),
  removeTimeOff: (artistId: string, timeOffId: string) =>
    apiRequest<void>(`${artistPath(artistId)}/time-off/${encodeURIComponent(timeOffId)}`, { method: 'DELETE' }),
};

export const closuresApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: Closure[] }>('/api/closures', { signal }),
  add: (closure: Omit<Closure, 'id'>) => apiRequest<Closure>('/api/closures', { method: 'POST', body: closure }),
  remove: (id: string) => apiRequest<void>(`/api/closures/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

export const pricesApi = {
  list: (signal?: AbortSignal) => apiRequest<{ items: Price[] }>('/api/prices', { signal }),
  update: (prices: Pick<Price, 'style' | 'planPriceMinor' | 'extraSessionPriceMinor'>[]) =>
    apiRequest<{ items: Price[] }>('/api/prices', { method: 'PUT', body: { prices } }),
};
