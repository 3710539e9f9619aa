import { differenceInCalendarDays, parseISO } from 'date-fns';

/** Certifications that run out within this many days are flagged, so renewals can be booked in time. */
export const EXPIRY_WARNING_DAYS = 30;

export type CertificationStanding = { state: 'expired' } | { state: 'expiring'; daysLeft: number } | { state: 'valid' };

/** `expiresOn` is the last day the certification is valid; `today` is the clinic's date. */
export function certificationStanding(expiresOn: string, today: string): CertificationStanding {
  const daysLeft = differenceInCalendarDays(parseISO(expiresOn), parseISO(today));
  if (daysLeft < 0) return { state: 'expired' };
  if (daysLeft <= EXPIRY_WARNING_DAYS) return { state: 'expiring', daysLeft };
  return { state: 'valid' };
}

export function describeStanding(standing: CertificationStanding): string | null {
  if (standing.state === 'expired') return 'Expired';
  if (standing.state === 'valid') return null;
  if (standing.daysLeft === 0) return 'Expires today';
  return `Expires in ${standing.daysLeft} day${standing.daysLeft === 1 ? '' : 's'}`;
}
