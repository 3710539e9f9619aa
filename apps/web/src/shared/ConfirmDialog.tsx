import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  /** What confirming does: names the dialog and its confirming button alike. */
  action: string;
  /** The button that leaves things as they are. */
  keepLabel: string;
  onConfirm: () => void;
  /** While the confirmed request runs: confirming again would send it twice. */
  busy: boolean;
  onKeep: () => void;
  /** The question, saying what the action changes. */
  children: ReactNode;
}

/** Asks before an action that changes what others see, with the confirming button focused. */
export function ConfirmDialog({ action, keepLabel, onConfirm, busy, onKeep, children }: ConfirmDialogProps) {
  return (
    <div className="alert warning" role="alertdialog" aria-label={action} aria-busy={busy}>
      <p>{children}</p>
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy} autoFocus>
          {action}
        </button>
        <button type="button" className="button subtle" onClick={onKeep}>
          {keepLabel}
        </button>
      </div>
    </div>
  );
}
