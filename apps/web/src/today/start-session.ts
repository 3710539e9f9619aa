import { mayMoveTo, type AppointmentStatus } from '@smp/contracts';

/**
 * The statuses to pass through, in order, to have a treatment in progress: a booked
 * or confirmed client arrives first, as the calendar would record it.
 */
export function stepsToInProgress(status: AppointmentStatus): AppointmentStatus[] {
  if (status === 'in_progress') return [];
  if (mayMoveTo(status, 'in_progress')) return ['in_progress'];
  if (mayMoveTo(status, 'arrived')) return ['arrived', 'in_progress'];
  return [];
}
