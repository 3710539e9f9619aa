import { screeningInputSchema, signedQuestionnaireSchema, type ScreeningInput, type ScreeningQuestionnaire } from '@smp/contracts';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { ApiProblem } from '../api/http';
import { Field } from '../shared/Field';
import { formatDate } from '../shared/format';
import { answerPath, datePath, firstStepWithProblem, problemsFrom, questionSteps, screeningInput, stepProblems, type Answers, type GivenAnswer, type Problems } from './guided-screening';
import { dateLabelOf, sectionLabels } from './outcome-words';
import { SignatureField } from '../shared/SignatureField';
import { YesNoQuestion } from './YesNoQuestion';
import { ErrorAlert } from '../shared/ErrorAlert';
import { StepActions } from '../shared/StepActions';

interface GuidedScreeningProps {
  questionnaire: ScreeningQuestionnaire;
  /** The clinic's date, YYYY-MM-DD. */
  today: string;
  onSubmit: (input: ScreeningInput) => Promise<void>;
  onCancel: () => void;
  /** On the clinic's tablet, handed back to the artist; or on the client's own phone before their consultation. */
  where?: 'clinic' | 'home';
}

/** What the signing step says, by where the client answers. */
const signingWords = {
  clinic: {
    nameLabel: 'Client’s full name',
    schema: screeningInputSchema,
    after: 'Once you have signed, please hand the tablet back to the artist, who will go through the screening with you.',
    submit: 'Sign and save screening',
    busy: 'Saving…',
    firstBack: 'Cancel',
  },
  home: {
    nameLabel: 'Your full name',
    schema: signedQuestionnaireSchema('Type your full name'),
    after: 'Your artist will go through your answers with you at your consultation.',
    submit: 'Sign and send',
    busy: 'Sending…',
    firstBack: 'Back',
  },
};

/**
 * The screening as the client answers it on a tablet: one section at a time, then
 * a summary to sign. The client holds the tablet, so it shows questions only: the
 * outcome is the artist's to read and explain, on the signed screening.
 */
export function GuidedScreening({ questionnaire, today, onSubmit, onCancel, where = 'clinic' }: GuidedScreeningProps) {
  const words = signingWords[where];
  const steps = questionSteps(questionnaire);
  const signingStep = steps.length;
  const [stepIndex, setStepIndex] = useState(0);
  const [answers, setAnswers] = useState<Answers>({});
  const [problems, setProblems] = useState<Problems>({});
  const [signedName, setSignedName] = useState('');
  const [signature, setSignature] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The field to take the focus once the step showing it has rendered.
  const focusAfterRender = useRef<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(stepIndex);

  // A new step is announced by moving the focus to its heading (not on the first, which the page opens on).
  useEffect(() => {
    if (shownStep.current === stepIndex) return;
    shownStep.current = stepIndex;
    heading.current?.focus();
  }, [stepIndex]);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const answer = (questionId: string, given: GivenAnswer) => {
    setAnswers((previous) => ({ ...previous, [questionId]: given }));
    setProblems(({ [answerPath(questionId)]: _answer, [datePath(questionId)]: _date, ...rest }) => rest);
  };

  /** Takes the client to the first question with a problem, or to the name and signature; anything else goes on top. */
  const showProblems = (found: Problems) => {
    setProblems(found);
    const elsewhere = Object.entries(found)
      .filter(([field]) => !field.startsWith('answers.') && field !== 'signedName' && field !== 'signature')
      .map(([, message]) => message);
    setFormError(elsewhere.length > 0 ? elsewhere.join(' ') : null);
    const index = firstStepWithProblem(steps, found) ?? signingStep;
    setStepIndex(index);
    const question = steps[index]?.questions.find((candidate) => found[answerPath(candidate.id)] || found[datePath(candidate.id)]);
    if (question) focusAfterRender.current = found[answerPath(question.id)] ? `screening-${question.id}-yes` : `screening-${question.id}-date`;
    else if (found.signedName) focusAfterRender.current = 'screening-signedName';
  };

  const next = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const step = steps[stepIndex];
    if (!step) return;
    const found = stepProblems(step.questions, answers, today);
    if (Object.keys(found).length > 0) showProblems(found);
    else setStepIndex(stepIndex + 1);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const input = screeningInput(questionnaire, answers, signedName, signature);
    const checked = words.schema.safeParse(input);
    if (!checked.success) {
      showProblems(problemsFrom(checked.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))));
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(input);
    } catch (error) {
      setSubmitting(false);
      if (error instanceof ApiProblem && error.fieldErrors.length > 0) showProblems(problemsFrom(error.fieldErrors));
      else setFormError(error instanceof Error ? error.message : 'Could not save the screening; try again.');
    }
  };

  const stepNames = [...steps.map((step) => sectionLabels[step.section]), 'Review and sign'];
  const current = steps[stepIndex];

  return (
    <div className="guided-screening">
      <ol className="steps" aria-label="Steps">
        {stepNames.map((name, index) => (
          <li key={name} className={index < stepIndex ? 'done' : index === stepIndex ? 'current' : undefined} aria-current={index === stepIndex ? 'step' : undefined}>
            <span className="step-number" aria-hidden="true">
              {index < stepIndex ? '✓' : index + 1}
            </span>
            {name}
          </li>
        ))}
      </ol>

      {current ? (
        <form className="screening-step" noValidate onSubmit={next} aria-labelledby="screening-step-heading">
          <h2 id="screening-step-heading" ref={heading} tabIndex={-1}>
            {sectionLabels[current.section]}{' '}
            <span className="muted">
              — step {stepIndex + 1} of {stepNames.length}
            </span>
          </h2>
          {current.questions.map((question) => (
            <YesNoQuestion key={question.id} question={question} given={answers[question.id]} problems={problems} today={today} onChange={(given) => answer(question.id, given)} />
          ))}
          {stepIndex === 0 ? <StepActions onBack={onCancel} backLabel={words.firstBack} backIsExit /> : <StepActions onBack={() => setStepIndex(stepIndex - 1)} />}
        </form>
      ) : (
        <form className="screening-step" noValidate onSubmit={submit} aria-labelledby="screening-step-heading">
          <h2 id="screening-step-heading" ref={heading} tabIndex={-1}>
            Review and sign{' '}
            <span className="muted">
              — step {stepNames.length} of {stepNames.length}
            </span>
          </h2>
          <ErrorAlert message={formError} />
          <AnswerSummary steps={steps} answers={answers} onChange={setStepIndex} />
          <p className="declaration">I confirm that these answers about me are true and complete, and that I will tell the clinic if anything changes before treatment.</p>
          <Field id="screening-signedName" label={words.nameLabel} required message={problems.signedName}>
            <input
              id="screening-signedName"
              className="large"
              value={signedName}
              onChange={(event) => setSignedName(event.target.value)}
              autoComplete="off"
              placeholder="Type your full name"
              aria-invalid={problems.signedName ? true : undefined}
              aria-describedby={problems.signedName ? 'screening-signedName-error' : undefined}
            />
          </Field>
          <SignatureField
            id="screening-signature"
            message={problems.signature}
            onChange={(drawn) => {
              setSignature(drawn);
              setProblems(({ signature: _signature, ...rest }) => rest);
            }}
          />
          <p className="muted">{words.after}</p>
          <StepActions onBack={() => setStepIndex(stepIndex - 1)} nextLabel={submitting ? words.busy : words.submit} busy={submitting} />
        </form>
      )}
    </div>
  );
}

function describeNoes(noes: number, yeses: number): string {
  if (yeses > 0) return `No to the other ${noes === 1 ? 'question' : `${noes} questions`}.`;
  return noes === 1 ? 'No.' : `No to all ${noes} questions.`;
}

/** The answers to read back before signing: every yes in full, the noes counted. */
function AnswerSummary({ steps, answers, onChange }: { steps: ReturnType<typeof questionSteps>; answers: Answers; onChange: (step: number) => void }) {
  return (
    <div className="answer-summary">
      {steps.map((step, index) => {
        const yes = step.questions.filter((question) => answers[question.id]?.answer);
        const noes = step.questions.length - yes.length;
        return (
          <section key={step.section} aria-label={sectionLabels[step.section]}>
            <h3>
              {sectionLabels[step.section]}
              <button type="button" className="button small subtle" onClick={() => onChange(index)} aria-label={`Change the answers about ${sectionLabels[step.section].toLowerCase()}`}>
                Change
              </button>
            </h3>
            <ul>
              {yes.map((question) => {
                const date = answers[question.id]?.date;
                return (
                  <li key={question.id}>
                    <strong>Yes:</strong> {question.text}
                    {date && (
                      <span className="muted">
                        {' '}
                        — {dateLabelOf(question)}: {formatDate(date)}
                      </span>
                    )}
                  </li>
                );
              })}
              {noes > 0 && <li className="muted">{describeNoes(noes, yes.length)}</li>}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
