import { addCalendarDays } from './clinic-time.js';
import type { ScreeningOutcome, ScreeningQuestionnaire } from './screening-questionnaire.js';

/** From the least to the most serious: the worst outcome of a screening decides. */
const SEVERITY: Record<ScreeningOutcome, number> = { clear: 0, caution: 1, clearance_required: 2, defer: 3, not_suitable: 4 };

export function worstOutcome(outcomes: Iterable<ScreeningOutcome>): ScreeningOutcome {
  let worst: ScreeningOutcome = 'clear';
  for (const outcome of outcomes) if (SEVERITY[outcome] > SEVERITY[worst]) worst = outcome;
  return worst;
}

/** Outcomes that stop a plan from starting and a session from being booked. */
export function blocksTreatment(outcome: ScreeningOutcome): boolean {
  return outcome === 'clearance_required' || outcome === 'defer' || outcome === 'not_suitable';
}

export interface ScreeningAnswer {
  answer: boolean;
  /** YYYY-MM-DD, for questions that ask a date. */
  date?: string | null | undefined;
}

export interface ScreeningFacts {
  questionnaire: ScreeningQuestionnaire;
  answers: Record<string, ScreeningAnswer>;
  /** Questions whose clearance document has been reviewed. */
  clearedQuestionIds: ReadonlySet<string>;
  /** Whether the most recent patch test of some pigment was passed (it clears that pigment only: session records check each one). */
  patchTestPassed: boolean;
  /** Days after Botox or fillers before treatment (clinic setting, 28 by default). */
  injectablesDeferDays: number;
}

/** An answer as a signed record keeps it: a date only with a yes to a question that asks one. */
export type RecordedAnswer = { answer: true; date: string } | { answer: boolean };

/** A questionnaire's answers as a signed record keeps them, the outcome they give, and any date given in the future. */
export interface SignedAnswers {
  /** Only the questions asked, each with a date only where a yes asks for one. */
  answers: Record<string, RecordedAnswer>;
  answeredOutcome: ScreeningOutcome;
  /** Questions asking when something happened, answered with a day after today: a record refuses them. */
  futureDates: string[];
}

/**
 * What a signed screening (or a client's intake from home) records of the answers
 * given: the rule both apply, so that the client's own statement and the screening
 * made of it read alike.
 */
export function signedAnswers(questionnaire: ScreeningQuestionnaire, given: Record<string, ScreeningAnswer>, today: string, injectablesDeferDays: number): SignedAnswers {
  const answers = Object.fromEntries(
    questionnaire.questions.map((question): [string, RecordedAnswer] => {
      const answer = given[question.id]!;
      return [question.id, answer.answer && question.date && answer.date ? { answer: true, date: answer.date } : { answer: answer.answer }];
    }),
  );
  const futureDates = questionnaire.questions.filter((question) => question.date?.kind === 'since' && (given[question.id]?.date ?? '') > today).map((question) => question.id);
  const { answeredOutcome } = evaluateScreening({ questionnaire, answers, clearedQuestionIds: new Set(), patchTestPassed: false, injectablesDeferDays }, today);
  return { answers, answeredOutcome, futureDates };
}

export type ItemStatus = 'open' | 'cleared' | 'ended';

export interface ScreeningItem {
  questionId: string;
  /** The outcome of the answer as given. */
  outcome: Exclude<ScreeningOutcome, 'clear'>;
  status: ItemStatus;
  /** For defer: the first day treatment may go ahead; null means "after a new screening". */
  deferUntil?: string | null;
  reason: string;
}

export interface ScreeningEvaluation {
  /** The outcome as answered, before clearances, patch tests and the passing of time. */
  answeredOutcome: ScreeningOutcome;
  /** The outcome on the day asked about: the worst of the items still open. */
  outcome: ScreeningOutcome;
  items: ScreeningItem[];
  /** For an outcome of defer: the first day treatment may go ahead, or null when a new screening is needed. */
  deferUntil: string | null;
}

/**
 * The screening's items and outcome on `onDate` (YYYY-MM-DD, the clinic's
 * calendar): a reviewed clearance clears its item, a passed patch test clears a
 * pigment allergy, a deferral ends on its date, and caution never blocks.
 */
export function evaluateScreening(facts: ScreeningFacts, onDate: string): ScreeningEvaluation {
  const items: ScreeningItem[] = [];
  for (const question of facts.questionnaire.questions) {
    const given = facts.answers[question.id];
    if (!given?.answer) continue;
    const item: ScreeningItem = { questionId: question.id, outcome: question.outcome, status: 'open', reason: question.reason };
    if (question.clearedBy === 'clearance_document' && facts.clearedQuestionIds.has(question.id)) item.status = 'cleared';
    if (question.clearedBy === 'patch_test' && facts.patchTestPassed) item.status = 'cleared';
    if (question.outcome === 'defer') {
      item.deferUntil = question.date?.kind === 'since' && given.date ? addCalendarDays(given.date, facts.injectablesDeferDays) : (given.date ?? null);
      if (item.deferUntil !== null && item.deferUntil <= onDate) item.status = 'ended';
    }
    items.push(item);
  }
  const open = items.filter((item) => item.status === 'open');
  const outcome = worstOutcome(open.map((item) => item.outcome));
  const deferrals = open.filter((item) => item.outcome === 'defer');
  return {
    answeredOutcome: worstOutcome(items.map((item) => item.outcome)),
    outcome,
    items,
    // Several deferrals: the latest one decides; one without a date needs a new screening.
    deferUntil:
      outcome === 'defer' && deferrals.every((item) => item.deferUntil)
        ? deferrals
            .map((item) => item.deferUntil!)
            .sort()
            .at(-1)!
        : null,
  };
}

export type IneligibilityCode =
  'no_screening' | 'screening_expired' | 'deferred' | 'not_suitable' | 'clearance_missing' | 'treatment_consent_missing' | 'treatment_consent_outdated' | 'treatment_consent_unpublished';

export interface TreatmentEligibility {
  eligible: boolean;
  reasons: { code: IneligibilityCode; questionId?: string; until?: string | null }[];
}

/**
 * Whether treatment may go ahead on `onDate` for a client whose latest screening
 * is `latest` (valid through `validUntil`, inclusive).
 */
export function treatmentEligibility(latest: { evaluation: ScreeningEvaluation; validUntil: string } | null, onDate: string): TreatmentEligibility {
  if (!latest) return { eligible: false, reasons: [{ code: 'no_screening' }] };
  const reasons: TreatmentEligibility['reasons'] = [];
  if (latest.validUntil < onDate) reasons.push({ code: 'screening_expired' });
  for (const item of latest.evaluation.items) {
    if (item.status !== 'open') continue;
    if (item.outcome === 'clearance_required') reasons.push({ code: 'clearance_missing', questionId: item.questionId });
    if (item.outcome === 'not_suitable') reasons.push({ code: 'not_suitable', questionId: item.questionId });
    if (item.outcome === 'defer') reasons.push({ code: 'deferred', questionId: item.questionId, until: item.deferUntil ?? null });
  }
  return { eligible: reasons.length === 0, reasons };
}
