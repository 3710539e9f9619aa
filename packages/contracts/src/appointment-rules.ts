/**
 * The appointment's kinds, statuses and their rules, apart from the schemas: the
 * calendar shows appointments with these and does not have to load zod for it.
 */

export const APPOINTMENT_KINDS = ['consultation', 'plan_session', 'touch_up', 'maintenance', 'fade_check', 'laser'] as const;
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

/** A kind in plain words, as the calendar and the artist's phone show it. */
export const APPOINTMENT_KIND_LABELS: Record<AppointmentKind, string> = {
  consultation: 'Consultation',
  plan_session: 'Session',
  touch_up: 'Touch-up',
  maintenance: 'Maintenance',
  fade_check: 'Fade check',
  laser: 'Laser removal',
};

/** Which appointments treat the scalp, and so need a screening that allows it on their day: a fade check only looks. */
export function treatsScalp(kind: string): boolean {
  return kind !== 'consultation' && kind !== 'fade_check';
}

export const APPOINTMENT_STATUSES = ['booked', 'confirmed', 'arrived', 'in_progress', 'completed', 'no_show', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** The only moves an appointment's status may make; completed, no-show and cancelled are final. */
export const APPOINTMENT_TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ['confirmed', 'arrived', 'no_show', 'cancelled'],
  confirmed: ['arrived', 'no_show', 'cancelled'],
  arrived: ['in_progress', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  no_show: [],
  cancelled: [],
};

/**
 * The longest an appointment may last. The database's CHECK on appointments holds
 * the same bound, and the calendar's query relies on it: whatever overlaps a day
 * started at most this long before the day began.
 */
export const MAX_APPOINTMENT_MINUTES = 8 * 60;

export function mayMoveTo(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return APPOINTMENT_TRANSITIONS[from].includes(to);
}

/** Statuses in which an appointment still holds its artist, room and time (the exclusion constraints agree). */
export const HOLDING_STATUSES = ['booked', 'confirmed', 'arrived', 'in_progress', 'completed'] as const satisfies readonly AppointmentStatus[];
export type HoldingStatus = (typeof HOLDING_STATUSES)[number];
