import { TREATED_AREAS, type ClinicSettings, type ColourShift, type MaintenanceRecall } from '@smp/contracts';
import { formatDate } from '../shared/format';

export const fadeScoreLabels = ['0 — none', '1 — slight', '2 — noticeable', '3 — strong', '4 — gone'] as const;

export const colourShiftLabels: Record<ColourShift, string> = { none: 'None', bluish: 'Bluish', greenish: 'Greenish', other: 'Other' };

/** The areas a fade check scores: those a session treats, but for the whole scalp, which is what they add up to. */
export const FADE_AREAS = TREATED_AREAS.filter((area) => area !== 'whole_scalp');

/** Why the recall falls when it does, in the clinic's settings' own figures. */
export function recallReasonInWords(recall: MaintenanceRecall, settings: Pick<ClinicSettings, 'maintenanceRecallYears' | 'highSunRecallYears' | 'fadedRecallMonths'>): string {
  const lastSession = formatDate(recall.lastSessionOn);
  switch (recall.reason) {
    case 'faded':
      return `Fading found at the visit of ${formatDate(recall.fadeAssessedOn)} (a score of 2 or more): recall within ${settings.fadedRecallMonths} months of it`;
    case 'high_sun':
      return `High sun exposure: ${settings.highSunRecallYears} years after the last session on ${lastSession}`;
    case 'standard':
      return `${settings.maintenanceRecallYears} years after the last session on ${lastSession}`;
  }
}
