import { SCREENING_QUESTIONNAIRES, type ScreeningAnswer } from '@smp/contracts';

export interface UsedPigment {
  field: string;
  pigmentId: string;
  name: string;
}

/** Whether the screening answered yes to an item only a patch test clears (a known pigment allergy). */
export function screeningNotesPigmentAllergy(screening: { questionnaireVersion: string; answers: Record<string, ScreeningAnswer> } | null): boolean {
  const questions = screening ? (SCREENING_QUESTIONNAIRES[screening.questionnaireVersion]?.questions ?? []) : [];
  return questions.some((question) => question.clearedBy === 'patch_test' && screening!.answers[question.id]?.answer === true);
}

/**
 * The pigments a client with a noted allergy may not receive: a passed patch test
 * clears the pigment it tested only, and the latest test of a pigment decides.
 */
export function pigmentsNotCleared(used: readonly UsedPigment[], latestResultByPigment: ReadonlyMap<string, string>): UsedPigment[] {
  return used.filter((pigment) => latestResultByPigment.get(pigment.pigmentId) !== 'passed');
}

/**
 * Why a pigment may not be used: it has no passed patch test of its own. A passed test
 * recorded before tests named catalogue pigments (its pigment only typed) clears none,
 * which the refusal says, so no one wonders why that test did not count.
 */
export function notClearedMessage(pigmentName: string, untiedPassedTests: readonly string[]): string {
  const refusal = `${pigmentName} has no passed patch test, and the screening notes a pigment allergy`;
  if (untiedPassedTests.length === 0) return refusal;
  const typed = untiedPassedTests.map((typedName) => `“${typedName}”`).join(', ');
  return `${refusal}. The passed test of ${typed} names no catalogue pigment — it clears none: test ${pigmentName} itself`;
}
