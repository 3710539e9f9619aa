import { useEffect, useRef } from 'react';
import { HoldButton } from '../shared/HoldButton';

/**
 * Once the client has signed, with the tablet still in their hands: the outcome is the
 * artist's to show, so it takes a deliberate hold rather than a tap.
 */
export function ScreeningHandover({ onShowOutcome }: { onShowOutcome: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focused once on arrival, so a screen reader announces that the screening was saved.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="screening-step" aria-labelledby="screening-handover-heading">
      <h2 id="screening-handover-heading" tabIndex={-1} ref={heading}>
        Thank you, the screening is signed
      </h2>
      <p>Please hand the tablet back to the artist.</p>
      <HoldButton className="button large" hint="Artist: press and hold until the bar is full." onHeld={onShowOutcome}>
        Artist: show the outcome
      </HoldButton>
    </section>
  );
}
