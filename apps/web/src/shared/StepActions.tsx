interface StepActionsProps {
  /** A step back; on a first step, the way out of the steps. None on a first step that has no way out. */
  onBack?: (() => void) | undefined;
  backLabel?: string;
  /** The way out reads quieter than a step back. */
  backIsExit?: boolean;
  /** Goes on without a form to submit; by default the button submits the step's form. */
  onNext?: (() => void) | undefined;
  nextLabel?: string;
  busy?: boolean;
}

/** The foot of one step of a guided form (screening, intake): back, and on. */
export function StepActions({ onBack, backLabel = 'Back', backIsExit = false, onNext, nextLabel = 'Next', busy = false }: StepActionsProps) {
  return (
    <div className="step-actions">
      {onBack && (
        <button type="button" className={backIsExit ? 'button large subtle' : 'button large'} onClick={onBack}>
          {backLabel}
        </button>
      )}
      <button type={onNext ? 'button' : 'submit'} className="button large primary" onClick={onNext} disabled={busy}>
        {nextLabel}
      </button>
    </div>
  );
}
