import type { ScreeningEvaluation, ScreeningQuestionnaire } from '@smp/contracts';
import { formatDate } from '../shared/format';
import { OutcomeMark } from './OutcomeMark';
import { outcomeMeaning } from './outcome-words';

interface LiveOutcomeProps {
  evaluation: ScreeningEvaluation;
  questionnaire: ScreeningQuestionnaire;
}

/** The outcome of the answers given so far, worked out by the same rules as the API, before anything is signed. */
export function LiveOutcome({ evaluation, questionnaire }: LiveOutcomeProps) {
  const questionText = new Map(questionnaire.questions.map((question) => [question.id, question.text]));
  return (
    <aside className="live-outcome" aria-labelledby="live-outcome-heading">
      <h2 id="live-outcome-heading">Outcome so far</h2>
      <p role="status" className="live-outcome-headline">
        <OutcomeMark standing={evaluation.outcome} size="large" />
        <span className="live-outcome-meaning">{outcomeMeaning(evaluation.outcome, evaluation.deferUntil)}</span>
      </p>
      {evaluation.items.length === 0 ? (
        <p className="muted">No answer so far raises anything.</p>
      ) : (
        <ul className="outcome-items">
          {evaluation.items.map((item) => (
            <li key={item.questionId}>
              <OutcomeMark standing={item.outcome} />
              {item.status === 'ended' && item.deferUntil && <span className="tag">Over since {formatDate(item.deferUntil)}</span>}
              <span className="outcome-item-reason" title={questionText.get(item.questionId)}>
                {item.reason}
              </span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
