import { SCREENING_QUESTIONNAIRES, type TreatmentEligibility } from '@smp/contracts';

type Reason = TreatmentEligibility['reasons'][number];

const until = (date: string | null | undefined) => (date ? `until ${date}` : 'until the client is screened again');

/**
 * Why treatment may not go ahead, in plain words. Without medical access the words
 * say what is awaited, never which condition: a receptionist books around it.
 */
export function describeReason(reason: Reason, questionnaireVersion: string | null, withAnswers: boolean): string {
  const question = reason.questionId && questionnaireVersion ? SCREENING_QUESTIONNAIRES[questionnaireVersion]?.questions.find((candidate) => candidate.id === reason.questionId) : undefined;
  switch (reason.code) {
    case 'no_screening':
      return 'The client has no signed screening: screen them first.';
    case 'screening_expired':
      return 'The latest screening has expired: screen the client again.';
    case 'clearance_missing':
      return withAnswers && question ? `${question.reason} Attach the doctor’s letter.` : 'Waiting for a doctor’s clearance.';
    case 'not_suitable':
      return withAnswers && question ? question.reason : 'Not suitable for treatment at present.';
    case 'deferred':
      return withAnswers && question ? `${question.reason} Deferred ${until(reason.until)}.` : `Treatment is deferred ${until(reason.until)}.`;
    case 'treatment_consent_missing':
      return 'The client has not signed the treatment consent: take their signature before session 1.';
    case 'treatment_consent_outdated':
      return 'The client signed an older version of the treatment consent: take their signature on the current one before session 1.';
    case 'treatment_consent_unpublished':
      return 'No treatment consent form is published: an owner publishes one under Settings → Consent forms.';
  }
}
