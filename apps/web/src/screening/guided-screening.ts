import {
  isCalendarDate,
  SCREENING_SECTIONS,
  type FieldError,
  type ScreeningAnswer,
  type ScreeningInput,
  type ScreeningQuestion,
  type ScreeningQuestionnaire,
  type ScreeningSection,
} from '@smp/contracts';
import { UNREADABLE_DATE } from '../shared/typed-date';

/** What the client has said to one question; `date` is '' until a date is given. */
export interface GivenAnswer {
  answer: boolean;
  date: string;
}
export type Answers = Partial<Record<string, GivenAnswer>>;

/** Messages keyed by the API's field paths ("answers.diabetes", "answers.recent_injectables.date", "signedName"). */
export type Problems = Record<string, string>;

export interface QuestionStep {
  section: ScreeningSection;
  questions: ScreeningQuestion[];
}

/** One step per section of the questionnaire, in the sections' order; sections without questions are left out. */
export function questionSteps(questionnaire: ScreeningQuestionnaire): QuestionStep[] {
  return SCREENING_SECTIONS.map((section) => ({ section, questions: questionnaire.questions.filter((question) => question.section === section) })).filter(
    (step) => step.questions.length > 0,
  );
}

export const answerPath = (questionId: string) => `answers.${questionId}`;
export const datePath = (questionId: string) => `answers.${questionId}.date`;

/** What stops the client from leaving a step: the same rules the API applies to the whole screening. */
export function stepProblems(questions: readonly ScreeningQuestion[], answers: Answers, today: string): Problems {
  const problems: Problems = {};
  for (const question of questions) {
    const given = answers[question.id];
    if (!given) {
      problems[answerPath(question.id)] = 'Answer yes or no';
    } else if (given.answer && question.date) {
      const problem = dateProblem(question.date, given.date, today);
      if (problem) problems[datePath(question.id)] = problem;
    }
  }
  return problems;
}

function dateProblem(asked: NonNullable<ScreeningQuestion['date']>, given: string, today: string): string | null {
  if (!given) return asked.kind === 'since' ? `${asked.label} is needed` : null;
  if (!isCalendarDate(given)) return UNREADABLE_DATE;
  return asked.kind === 'since' && given > today ? 'Cannot be in the future' : null;
}

/** The answers as the screening rules read them: a date only with a yes. */
export function answersForRules(answers: Answers): Record<string, ScreeningAnswer> {
  const read: Record<string, ScreeningAnswer> = {};
  for (const [id, given] of Object.entries(answers)) {
    if (given) read[id] = { answer: given.answer, date: given.answer && given.date ? given.date : null };
  }
  return read;
}

export function screeningInput(questionnaire: ScreeningQuestionnaire, answers: Answers, signedName: string, signature: string | null): ScreeningInput {
  return { questionnaireVersion: questionnaire.version, answers: answersForRules(answers), signedName: signedName.trim(), signature: signature ?? '' };
}

export function problemsFrom(fieldErrors: readonly FieldError[]): Problems {
  return Object.fromEntries(fieldErrors.map((fieldError) => [fieldError.field, fieldError.message]));
}

/** The first step holding a problem with one of its answers, or null when the problems are all on the signing step. */
export function firstStepWithProblem(steps: readonly QuestionStep[], problems: Problems): number | null {
  const index = steps.findIndex((step) => step.questions.some((question) => problems[answerPath(question.id)] !== undefined || problems[datePath(question.id)] !== undefined));
  return index === -1 ? null : index;
}
