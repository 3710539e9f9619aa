import type { OpeningInterval } from '@smp/contracts';
import { minutesOf, timeOfDay } from '../shared/zoned-time';

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const LATEST_TIME = '23:59';
const FOLLOWING_INTERVAL_MINUTES = 4 * 60;

/**
 * The hours a new interval starts with: a plain working day on a closed day, or
 * the afternoon after the day's last interval (a lunch break then means moving one time).
 */
export function nextInterval(sameDay: Pick<OpeningInterval, 'closes'>[]): Pick<OpeningInterval, 'opens' | 'closes'> {
  if (sameDay.length === 0) return { opens: '09:00', closes: '17:00' };
  const lastClosing = sameDay.map((interval) => interval.closes).reduce((latest, closes) => (closes > latest ? closes : latest));
  const closes = Math.min(minutesOf(lastClosing) + FOLLOWING_INTERVAL_MINUTES, minutesOf(LATEST_TIME));
  return { opens: lastClosing, closes: timeOfDay(closes) };
}
