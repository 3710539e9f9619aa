import { APPOINTMENT_KIND_LABELS, HOLDING_STATUSES, type Appointment, type AppointmentKind, type AppointmentStatus } from '@smp/contracts';

export const kindLabels: Record<AppointmentKind, string> = APPOINTMENT_KIND_LABELS;

export const statusLabels: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirmed',
  arrived: 'Arrived',
  in_progress: 'In progress',
  completed: 'Completed',
  no_show: 'No-show',
  cancelled: 'Cancelled',
};

/** What the button that moves an appointment into a status says. */
export const statusActionLabels: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  confirmed: 'Confirm',
  arrived: 'Arrived',
  in_progress: 'Start session',
  completed: 'Complete',
  no_show: 'No-show',
  cancelled: 'Cancel appointment',
};

/** "Session 2" for a plan session, otherwise the kind: the words that go with the kind's colour. */
export function appointmentTitle(appointment: Pick<Appointment, 'kind' | 'planSession'>): string {
  return appointment.planSession ? `Session ${appointment.planSession.number}` : kindLabels[appointment.kind];
}

/** Cancelled and no-show appointments no longer hold their artist, room and time. */
export function holdsTime(status: AppointmentStatus): boolean {
  return (HOLDING_STATUSES as readonly AppointmentStatus[]).includes(status);
}

/** What the client answered through their reminder's link, for the calendar block: a request to move outweighs a confirmation. */
export function clientAnswer(appointment: Pick<Appointment, 'status' | 'confirmedByClientAt' | 'rescheduleRequestedAt'>): string | null {
  if (appointment.rescheduleRequestedAt && holdsTime(appointment.status)) return 'Client asks to move';
  if (appointment.confirmedByClientAt && appointment.status === 'confirmed') return 'by the client';
  return null;
}
