import type { ScreeningOutcome, ScreeningQuestion, ScreeningSection, ScreeningStatus } from '@smp/contracts';
import { formatDate } from '../shared/format';
import type { IconName } from './OutcomeIcon';

export type Standing = ScreeningStatus['state'];

/**
 * Each standing has a shape and a word as well as a colour, so it reads the same
 * to colour-blind staff and on a black-and-white printout.
 */
export const standingWords: Record<Standing, { icon: IconName; word: string }> = {
  none: { icon: 'circle', word: 'Screening needed' },
  expired: { icon: 'renew', word: 'Screening expired' },
  clear: { icon: 'check', word: 'Clear' },
  caution: { icon: 'exclamation', word: 'Caution' },
  clearance_required: { icon: 'hourglass', word: 'Clearance required' },
  defer: { icon: 'pause', word: 'Deferred' },
  not_suitable: { icon: 'cross', word: 'Not suitable' },
};

export const sectionLabels: Record<ScreeningSection, string> = {
  health: 'Health',
  medication: 'Medication',
  allergies: 'Allergies',
  skin: 'Skin and scalp',
  hair: 'Hair',
};

export const itemStatusLabels = { open: 'Open', cleared: 'Cleared', ended: 'Ended' } as const;

/** What an outcome means for treatment, in words the artist can say to the client. */
export function outcomeMeaning(outcome: ScreeningOutcome, deferUntil: string | null): string {
  switch (outcome) {
    case 'clear':
      return 'Nothing stops treatment.';
    case 'caution':
      return 'Treatment can go ahead; the artist is reminded at every session.';
    case 'clearance_required':
      return 'Treatment waits for a doctor’s clearance letter, attached to the signed screening.';
    case 'defer':
      return deferUntil ? `Treatment waits until ${formatDate(deferUntil)}.` : 'Treatment waits until a new screening.';
    case 'not_suitable':
      return 'Treatment cannot go ahead until a patch test is passed.';
  }
}

/** A question's date label without its hint in brackets, for reading an answer back. */
export function dateLabelOf(question: ScreeningQuestion): string {
  return question.date?.label.replace(/ \(.*\)$/, '') ?? 'Date';
}

export const patchTestResultLabels = { passed: 'Passed', failed: 'Failed' } as const;
