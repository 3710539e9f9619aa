import type { ScreeningQuestion } from '@smp/contracts';
import { DateInput } from '../shared/DateInput';
import { Field } from '../shared/Field';

/** The artist's answer to one question, with the date a yes may need and why it differs from the client's. */
export interface Correction {
  answer: boolean;
  /** '' until a date is given. */
  date: string;
  note: string;
}

interface AnswerCorrectionProps {
  question: ScreeningQuestion;
  correction: Correction;
  problems: Partial<Record<'answer' | 'date' | 'note', string>>;
  today: string;
  onChange: (correction: Correction) => void;
  onUndo: () => void;
}

export function AnswerCorrection({ question, correction, problems, today, onChange, onUndo }: AnswerCorrectionProps) {
  const idPrefix = `correction-${question.id}`;
  return (
    <fieldset className="answer-correction">
      <legend>Corrected answer</legend>
      <div className="yes-no">
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="choice">
            <input type="radio" name={idPrefix} checked={correction.answer === value} onChange={() => onChange({ ...correction, answer: value })} />
            {value ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
      {problems.answer && <p className="field-error">{problems.answer}</p>}
      {correction.answer && question.date && (
        <Field id={`${idPrefix}-date`} label={question.date.label} required={question.date.kind === 'since'} message={problems.date}>
          <DateInput
            id={`${idPrefix}-date`}
            value={correction.date}
            max={question.date.kind === 'since' ? today : undefined}
            min={question.date.kind === 'until' ? today : undefined}
            onChange={(date) => onChange({ ...correction, date })}
            aria-invalid={problems.date ? true : undefined}
            aria-describedby={problems.date ? `${idPrefix}-date-error` : undefined}
          />
        </Field>
      )}
      <Field id={`${idPrefix}-note`} label="Why it changed" required message={problems.note}>
        <input
          id={`${idPrefix}-note`}
          value={correction.note}
          maxLength={500}
          onChange={(event) => onChange({ ...correction, note: event.target.value })}
          aria-invalid={problems.note ? true : undefined}
          aria-describedby={problems.note ? `${idPrefix}-note-error` : undefined}
        />
      </Field>
      <button type="button" className="button small subtle" onClick={onUndo}>
        Keep the client’s answer
      </button>
    </fieldset>
  );
}
