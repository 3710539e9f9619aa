import type { ScreeningQuestion } from '@smp/contracts';
import { Field } from '../shared/Field';
import { answerPath, datePath, type GivenAnswer, type Problems } from './guided-screening';
import { DateInput } from '../shared/DateInput';

interface YesNoQuestionProps {
  question: ScreeningQuestion;
  given: GivenAnswer | undefined;
  problems: Problems;
  today: string;
  onChange: (given: GivenAnswer) => void;
}

/** One question as two large choices, with a date when a yes needs one. Radios, so arrow keys move between Yes and No. */
export function YesNoQuestion({ question, given, problems, today, onChange }: YesNoQuestionProps) {
  const answerProblem = problems[answerPath(question.id)];
  const dateProblem = problems[datePath(question.id)];
  const idPrefix = `screening-${question.id}`;
  return (
    <fieldset className={answerProblem ? 'question invalid' : 'question'} aria-describedby={answerProblem ? `${idPrefix}-error` : undefined}>
      <legend>{question.text}</legend>
      <div className="yes-no">
        {([true, false] as const).map((value) => (
          <label key={String(value)} className="choice">
            <input
              type="radio"
              id={`${idPrefix}-${value ? 'yes' : 'no'}`}
              name={idPrefix}
              checked={given?.answer === value}
              onChange={() => onChange({ answer: value, date: given?.date ?? '' })}
            />
            {value ? 'Yes' : 'No'}
          </label>
        ))}
      </div>
      {answerProblem && (
        <p className="field-error" id={`${idPrefix}-error`}>
          {answerProblem}
        </p>
      )}
      {given?.answer && question.date && (
        <Field id={`${idPrefix}-date`} label={question.date.label} required={question.date.kind === 'since'} message={dateProblem}>
          <DateInput
            id={`${idPrefix}-date`}
            className="large"
            value={given.date}
            max={question.date.kind === 'since' ? today : undefined}
            min={question.date.kind === 'until' ? today : undefined}
            onChange={(date) => onChange({ answer: true, date })}
            aria-invalid={dateProblem ? true : undefined}
            aria-describedby={dateProblem ? `${idPrefix}-date-error` : undefined}
          />
        </Field>
      )}
    </fieldset>
  );
}
