import type { AppointmentKind, Visit } from '@smp/contracts';

/** The appointment's kind as a client would say it. */
export const visitKindWords: Record<AppointmentKind, string> = {
  consultation: 'Consultation',
  plan_session: 'Scalp micropigmentation session',
  touch_up: 'Touch-up session',
  maintenance: 'Maintenance session',
  fade_check: 'Fade check',
  laser: 'Laser removal session',
};

/** "call the clinic on +1 …", or just "call the clinic" when it has no phone on file. */
export function callTheClinic(clinic: Visit['clinic']): string {
  return clinic.phone ? `call ${clinic.name} on ${clinic.phone}` : `call ${clinic.name}`;
}

/** What the page says about the appointment once the link is used, has expired, or the appointment changed. */
export function visitOutcome(visit: Visit): { text: string; tone: 'info' | 'warning' } | null {
  const call = callTheClinic(visit.clinic);
  if (visit.link === 'used') {
    if (visit.usedFor === 'confirm') return { text: `Thank you: your appointment is confirmed. To change it, ${call}.`, tone: 'info' };
    return { text: `Thank you: the clinic will call you to find another time. If it cannot wait, ${call}.`, tone: 'info' };
  }
  if (visit.link === 'expired') return { text: `This link has expired: it worked until your appointment began. Please ${call}.`, tone: 'warning' };
  if (visit.status !== 'booked' && visit.status !== 'confirmed') return { text: `This appointment has changed since the reminder was sent. Please ${call}.`, tone: 'warning' };
  return null;
}
