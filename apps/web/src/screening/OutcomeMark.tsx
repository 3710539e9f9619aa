import type { ReactNode } from 'react';
import { OutcomeIcon, type IconName } from './OutcomeIcon';
import { standingWords, type Standing } from './outcome-words';

interface MarkProps {
  /** Picks the colour; the icon and the words carry the meaning. */
  tone: Standing;
  icon: IconName;
  size?: 'small' | 'large';
  title?: string;
  children: ReactNode;
}

/** Icon, words and colour together, so nothing is told by colour alone. */
export function Mark({ tone, icon, size = 'small', title, children }: MarkProps) {
  return (
    <span className={`outcome outcome-${tone} ${size}`} title={title}>
      <OutcomeIcon name={icon} />
      {children}
    </span>
  );
}

interface OutcomeMarkProps {
  standing: Standing;
  /** Words after the standing, such as "until 12 Mar 2026". */
  detail?: string;
  size?: 'small' | 'large';
  title?: string;
}

/** A screening standing as icon, word and colour. */
export function OutcomeMark({ standing, detail, size, title }: OutcomeMarkProps) {
  const { icon, word } = standingWords[standing];
  return (
    <Mark tone={standing} icon={icon} size={size} title={title}>
      {detail ? `${word} ${detail}` : word}
    </Mark>
  );
}
