interface FormActionsProps {
  submitLabel: string;
  /** Shown on the submit button while the form is being sent. */
  busyLabel?: string;
  submitting: boolean;
  onCancel?: () => void;
  /** What the second button does, when it is more than leaving the form (e.g. "Undo changes"). */
  cancelLabel?: string;
  cancelDisabled?: boolean;
  small?: boolean;
}

/** The submit and cancel buttons that end every form, laid out and labelled one way. */
export function FormActions({ submitLabel, busyLabel, submitting, onCancel, cancelLabel = 'Cancel', cancelDisabled = false, small = false }: FormActionsProps) {
  const size = small ? ' small' : '';
  return (
    <div className="actions">
      <button type="submit" className={`button primary${size}`} disabled={submitting}>
        {submitting && busyLabel ? busyLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" className={`button subtle${size}`} onClick={onCancel} disabled={cancelDisabled}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
