import { pigmentName, type Pigment } from '@smp/contracts';
import type { Ref } from 'react';
import { toneLabels } from '../pigments/labels';

interface PlannedPigmentsProps {
  id: string;
  legend: string;
  /** The catalogue's pigments in use (archived ones are not offered). */
  pigments: readonly Pigment[];
  value: readonly string[];
  onChange: (pigmentIds: string[]) => void;
  message: string | undefined;
  /** The refusal of one chosen pigment (not patch-tested, archived), by its position among the chosen. */
  messageAt: (position: number) => string | undefined;
  /** Shown when the session repeats the pigments of the one before: a warning, never a block. */
  warning: string | null;
  firstRef?: Ref<HTMLInputElement>;
}

/** The catalogue pigments of one planned session: one, or several for a blend. */
export function PlannedPigments({ id, legend, pigments, value, onChange, message, messageAt, warning, firstRef }: PlannedPigmentsProps) {
  const messageId = `${id}-error`;
  const warningId = `${id}-warning`;
  const toggle = (pigmentId: string, checked: boolean) => onChange(checked ? [...value, pigmentId] : value.filter((chosen) => chosen !== pigmentId));
  return (
    <fieldset className={message ? 'choice-group invalid' : 'choice-group'} aria-describedby={[message && messageId, warning && warningId].filter(Boolean).join(' ') || undefined}>
      <legend>
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      {pigments.length === 0 && <p className="muted">The catalogue has no pigments yet: an owner adds them on the Pigments page.</p>}
      <div className="checkbox-grid">
        {pigments.map((pigment, index) => {
          const position = value.indexOf(pigment.id);
          const pigmentMessage = position >= 0 ? messageAt(position) : undefined;
          const pigmentMessageId = `${id}-${pigment.id}-error`;
          return (
            <div key={pigment.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  ref={index === 0 ? firstRef : undefined}
                  checked={position >= 0}
                  onChange={(event) => toggle(pigment.id, event.target.checked)}
                  aria-invalid={message || pigmentMessage ? true : undefined}
                  aria-describedby={pigmentMessage ? pigmentMessageId : undefined}
                />
                {pigmentName(pigment)} <span className="muted">({toneLabels[pigment.tone]})</span>
              </label>
              {pigmentMessage && (
                <p className="field-error" id={pigmentMessageId}>
                  {pigmentMessage}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {message && (
        <p className="field-error" id={messageId}>
          {message}
        </p>
      )}
      {warning && (
        <p className="alert warning" id={warningId} role="status">
          {warning}
        </p>
      )}
    </fieldset>
  );
}
