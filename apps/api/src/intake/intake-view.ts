import { type Intake, type IntakeHistory, type ScreeningOutcome } from '@smp/contracts';
import type { IntakeAnswerCorrection, IntakeSubmission } from '../generated/prisma/client.js';
import { photoIncludes, toPhoto, type PhotoRow } from '../photos/photo-record.js';
import { signatureDataUrl } from '../shared/signature.js';

export type IntakeRow = IntakeSubmission & {
  screening: { id: string; signedAt: Date; conductedBy: { id: string; name: string } } | null;
  corrections: (IntakeAnswerCorrection & { correctedBy: { id: string; name: string } })[];
  consultation: { photos: PhotoRow[] };
};

/** What an intake is shown with: the screening its countersignature made, the corrections, and the client's own photos. */
export const intakeIncludes = {
  screening: { select: { id: true, signedAt: true, conductedBy: { select: { id: true, name: true } } } },
  corrections: { include: { correctedBy: { select: { id: true, name: true } } }, orderBy: { questionId: 'asc' } },
  consultation: { select: { photos: { where: { uploadedByClient: true }, include: photoIncludes, orderBy: { takenAt: 'asc' } } } },
} as const;

type Answer = { answer: boolean; date: string | null };
const answerOf = (value: unknown): Answer => {
  const given = value as { answer: boolean; date?: string | null };
  return { answer: given.answer, date: given.date ?? null };
};

/** An intake as staff read it: its medical part (history, answers, signature) only for roles that may read it. */
export function toIntake(row: IntakeRow, withAnswers: boolean): Intake {
  const contact = row.contact as Intake['contact'];
  return {
    id: row.id,
    clientId: row.clientId,
    consultationId: row.consultationId,
    submittedAt: row.submittedAt.toISOString(),
    contact: { phone: contact.phone, preferredContact: contact.preferredContact, dateOfBirth: contact.dateOfBirth, address: contact.address ?? null },
    history: withAnswers ? (row.history as IntakeHistory) : null,
    questionnaireVersion: row.questionnaireVersion,
    answeredOutcome: withAnswers ? (row.answeredOutcome as ScreeningOutcome) : null,
    answers: withAnswers ? Object.fromEntries(Object.entries(row.answers as Record<string, unknown>).map(([id, value]) => [id, answerOf(value)])) : null,
    signedName: row.signedName,
    signature: withAnswers ? signatureDataUrl(row.signaturePng) : null,
    photos: row.consultation.photos.map(toPhoto),
    review: row.screening && {
      screeningId: row.screening.id,
      countersignedBy: row.screening.conductedBy,
      countersignedAt: row.screening.signedAt.toISOString(),
      corrections: withAnswers
        ? row.corrections.map((correction) => ({
            questionId: correction.questionId,
            clientAnswer: answerOf(correction.clientAnswer),
            correctedAnswer: answerOf(correction.correctedAnswer),
            note: correction.note,
            correctedBy: correction.correctedBy,
            correctedAt: correction.correctedAt.toISOString(),
          }))
        : null,
    },
  };
}
