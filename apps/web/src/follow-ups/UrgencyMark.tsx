import type { FollowUpUrgency } from '@smp/contracts';
import { OutcomeIcon } from '../screening/OutcomeIcon';
import { urgencyWords } from './labels';

/** How soon reception must act: shape, words and colour together. */
export function UrgencyMark({ urgency }: { urgency: FollowUpUrgency }) {
  const { word, icon } = urgencyWords[urgency];
  return (
    <span className={`outcome urgency-${urgency}`}>
      <OutcomeIcon name={icon} />
      {word}
    </span>
  );
}
