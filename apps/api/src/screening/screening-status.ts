import {
  addCalendarDays,
  evaluateScreening,
  SCREENING_QUESTIONNAIRES,
  treatmentEligibility,
  type ScreeningAnswer,
  type ScreeningEvaluation,
  type ScreeningStatus,
  type TreatmentEligibility,
} from '@smp/contracts';

/** What decides a client's screening standing: their latest screening and what has cleared its items since. */
export interface LatestScreening {
  questionnaireVersion: string;
  answers: Record<string, ScreeningAnswer>;
  validUntil: string;
  clearedQuestionIds: ReadonlySet<string>;
  patchTestPassed: boolean;
}

export interface ScreeningStanding {
  evaluation: ScreeningEvaluation | null;
  eligibility: TreatmentEligibility;
  status: ScreeningStatus;
}

/** A client's screening standing on `onDate` (the clinic's calendar). */
export function screeningStanding(latest: LatestScreening | null, injectablesDeferDays: number, onDate: string): ScreeningStanding {
  if (!latest) {
    return {
      evaluation: null,
      eligibility: treatmentEligibility(null, onDate),
      status: { state: 'none', eligible: false, validUntil: null, deferUntil: null, openItems: 0 },
    };
  }
  const questionnaire = SCREENING_QUESTIONNAIRES[latest.questionnaireVersion];
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${latest.questionnaireVersion}`);
  const evaluation = evaluateScreening(
    { questionnaire, answers: latest.answers, clearedQuestionIds: latest.clearedQuestionIds, patchTestPassed: latest.patchTestPassed, injectablesDeferDays },
    onDate,
  );
  const eligibility = treatmentEligibility({ evaluation, validUntil: latest.validUntil }, onDate);
  const expired = latest.validUntil < onDate;
  return {
    evaluation,
    eligibility,
    status: {
      state: expired ? 'expired' : evaluation.outcome,
      eligible: eligibility.eligible,
      validUntil: latest.validUntil,
      deferUntil: evaluation.deferUntil,
      openItems: evaluation.items.filter((item) => item.status === 'open').length,
    },
  };
}

/** The last day a screening signed on `signedOn` allows treatment. */
export function screeningValidUntil(signedOn: string, validityDays: number): string {
  return addCalendarDays(signedOn, validityDays - 1);
}
