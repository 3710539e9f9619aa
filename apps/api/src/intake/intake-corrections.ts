import { questionnaireAnswerIssues, type ScreeningQuestionnaire } from '@smp/contracts';
import type { FieldError } from '@smp/contracts';

export interface GivenAnswer {
  answer: boolean;
  date?: string | null | undefined;
}

export interface AnswerCorrection {
  questionId: string;
  answer: GivenAnswer;
  note: string;
}

export interface CorrectedIntake {
  /** The answers the screening records: the client's, with the artist's corrections in place. */
  answers: Record<string, GivenAnswer>;
  /** Each answer that changed, beside what the client had said. */
  changes: { questionId: string; clientAnswer: GivenAnswer; correctedAnswer: GivenAnswer; note: string }[];
  problems: FieldError[];
}

const sameAnswer = (a: GivenAnswer, b: GivenAnswer) => a.answer === b.answer && (a.date ?? null) === (b.date ?? null);

/**
 * The answers an artist countersigns: the client's own, changed where they went
 * through them together and found one wrong. A correction must name a question of
 * the questionnaire, change its answer, and leave the answers whole (a yes that asks
 * for a date has one; no date in the future).
 */
export function correctIntakeAnswers(questionnaire: ScreeningQuestionnaire, clientAnswers: Record<string, GivenAnswer>, corrections: AnswerCorrection[], today: string): CorrectedIntake {
  const problems: FieldError[] = [];
  const answers = { ...clientAnswers };
  const changes: CorrectedIntake['changes'] = [];
  const questions = new Map(questionnaire.questions.map((question) => [question.id, question]));
  corrections.forEach((correction, index) => {
    const question = questions.get(correction.questionId);
    const clientAnswer = clientAnswers[correction.questionId];
    if (!question || !clientAnswer) {
      problems.push({ field: `corrections.${index}.questionId`, message: 'Not a question of this questionnaire' });
      return;
    }
    if (sameAnswer(clientAnswer, correction.answer)) {
      problems.push({ field: `corrections.${index}.answer`, message: 'This is the client’s own answer' });
      return;
    }
    const issue = questionnaireAnswerIssues({ ...questionnaire, questions: [question] }, { [question.id]: correction.answer })[0];
    if (issue) problems.push({ field: `corrections.${index}.answer.date`, message: issue.message });
    else if (question.date?.kind === 'since' && (correction.answer.date ?? '') > today) problems.push({ field: `corrections.${index}.answer.date`, message: 'Cannot be in the future' });
    answers[question.id] = correction.answer;
    changes.push({ questionId: question.id, clientAnswer, correctedAnswer: correction.answer, note: correction.note });
  });
  return { answers, changes, problems };
}
