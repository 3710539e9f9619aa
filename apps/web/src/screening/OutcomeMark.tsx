import type { ReactNode } from 'react';
import { standingWords, type Standing } from './outcome-words';

interface OutcomeMarkProps {
  standing: Standing;
  /** Words after the standing, such as "until 12 Mar 2026". */
  detail?: ReactNode;
  size?: 'small' | 'large';
  title?: string;
}

/** A screening standing as icon, word and colour together. */
export function OutcomeMark({ standing, detail, size = 'small', title }: OutcomeMarkProps) {
  const { icon, word } = standingWords[standing];
  return (
    <span className={`outcome outcome-${standing} ${size}`} title={title}>
      <span className="outcome-icon" aria-hidden="true">
        {icon}
      </span>
      {word}
      {detail && <> {detail}</>}
    </span>
  );
}
