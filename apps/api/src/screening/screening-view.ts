import { routePath, screeningRoutes, SCREENING_QUESTIONNAIRES, type Clearance, type Screening, type ScreeningAnswer, type ScreeningOutcome } from '@smp/contracts';
import type { ScreeningClearance, Screening as ScreeningRow } from '../generated/prisma/client.js';
import { toIsoDate } from '../database/column-values.js';
import { screeningStanding } from './screening-status.js';
import { signatureDataUrl } from '../shared/signature.js';

export type ScreeningRowWithPeople = ScreeningRow & {
  conductedBy: { id: string; name: string };
  clearances: (ScreeningClearance & { reviewedBy: { id: string; name: string } })[];
};

/** Everything a screening row needs to be shown, with or without the medical answers. */
export const screeningIncludes = {
  conductedBy: { select: { id: true, name: true } },
  clearances: { include: { reviewedBy: { select: { id: true, name: true } } } },
} as const;

function toClearance(row: ScreeningRowWithPeople['clearances'][number]): Clearance {
  return {
    id: row.id,
    questionId: row.questionId,
    note: row.note,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt.toISOString(),
    documentName: row.documentName,
    documentUrl: routePath(screeningRoutes.clearanceDocument, { id: row.id }),
  };
}

interface ViewContext {
  /** The clinic's today, by which deferrals end and validity runs out. */
  today: string;
  injectablesDeferDays: number;
  patchTestPassed: boolean;
  /** Whether the reader's role may see the medical answers behind the outcome. */
  withAnswers: boolean;
}

/** A screening as the API answers it: its standing today, and the answers only for those who may read them. */
export function toScreening(row: ScreeningRowWithPeople, context: ViewContext): Screening {
  const answers = row.answers as unknown as Record<string, ScreeningAnswer>;
  const validUntil = toIsoDate(row.validUntil)!;
  const standing = screeningStanding(
    {
      questionnaireVersion: row.questionnaireVersion,
      answers,
      validUntil,
      clearedQuestionIds: new Set(row.clearances.map((clearance) => clearance.questionId)),
      patchTestPassed: context.patchTestPassed,
    },
    context.injectablesDeferDays,
    context.today,
  );
  const questions = new Map(SCREENING_QUESTIONNAIRES[row.questionnaireVersion]!.questions.map((question) => [question.id, question]));
  const clearances = new Map(row.clearances.map((clearance) => [clearance.questionId, clearance]));
  return {
    id: row.id,
    clientId: row.clientId,
    questionnaireVersion: row.questionnaireVersion,
    conductedBy: row.conductedBy,
    signedName: row.signedName,
    signedAt: row.signedAt.toISOString(),
    validUntil,
    answeredOutcome: row.answeredOutcome as ScreeningOutcome,
    status: standing.status,
    items: context.withAnswers
      ? standing.evaluation!.items.map((item) => {
          const clearance = clearances.get(item.questionId);
          return {
            questionId: item.questionId,
            question: questions.get(item.questionId)!.text,
            outcome: item.outcome,
            status: item.status,
            deferUntil: item.deferUntil ?? null,
            reason: item.reason,
            clearedBy: questions.get(item.questionId)!.clearedBy ?? null,
            clearance: clearance ? toClearance(clearance) : null,
          };
        })
      : null,
    answers: context.withAnswers ? Object.fromEntries(Object.entries(answers).map(([id, given]) => [id, { answer: given.answer, date: given.date ?? null }])) : null,
    signature: context.withAnswers ? signatureDataUrl(row.signaturePng) : null,
  };
}
