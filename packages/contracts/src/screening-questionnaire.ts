/**
 * The contraindication questionnaire as data (domain.md, "Contraindication
 * screening"). A signed screening keeps the version it was answered on; a change
 * to the questions or their outcomes is a new version, never an edit of one.
 */
export const SCREENING_OUTCOMES = ['clear', 'caution', 'clearance_required', 'defer', 'not_suitable'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

export const SCREENING_SECTIONS = ['health', 'medication', 'allergies', 'skin', 'hair'] as const;
export type ScreeningSection = (typeof SCREENING_SECTIONS)[number];

export interface ScreeningQuestion {
  id: string;
  section: ScreeningSection;
  /** Asked of the client, in plain words. */
  text: string;
  /** The outcome of a "yes". */
  outcome: Exclude<ScreeningOutcome, 'clear'>;
  /** Why, in words the artist can say to the client. */
  reason: string;
  /**
   * For defer: `since` asks when it happened and defers for the clinic's window
   * after it; `until` asks until when (blank defers until a new screening).
   */
  date?: { kind: 'since' | 'until'; label: string };
  /** How an open item stops blocking: a doctor's letter, or a passed patch test. */
  clearedBy?: 'clearance_document' | 'patch_test';
}

export interface ScreeningQuestionnaire {
  version: string;
  questions: readonly ScreeningQuestion[];
}

const SCREENING_QUESTIONNAIRE_V1: ScreeningQuestionnaire = {
  version: '2026-11-v1',
  questions: [
    {
      id: 'diabetes',
      section: 'health',
      text: 'Do you have diabetes?',
      outcome: 'clearance_required',
      reason: 'Diabetes slows healing and raises the risk of infection: a doctor’s clearance is needed.',
      clearedBy: 'clearance_document',
    },
    {
      id: 'cancer_epilepsy_autoimmune',
      section: 'health',
      text: 'Have you had cancer, or do you have epilepsy or an autoimmune disorder?',
      outcome: 'clearance_required',
      reason: 'Cancer, epilepsy and autoimmune disorders need a doctor’s clearance before treatment.',
      clearedBy: 'clearance_document',
    },
    {
      id: 'bleeding_disorder',
      section: 'health',
      text: 'Do you have a bleeding disorder?',
      outcome: 'clearance_required',
      reason: 'A bleeding disorder needs a doctor’s clearance before treatment.',
      clearedBy: 'clearance_document',
    },
    {
      id: 'pregnant_breastfeeding',
      section: 'health',
      text: 'Are you pregnant or breastfeeding?',
      outcome: 'defer',
      reason: 'Treatment waits until after pregnancy and breastfeeding.',
      date: { kind: 'until', label: 'Expected end (leave blank if not known)' },
    },
    {
      id: 'blood_thinners',
      section: 'medication',
      text: 'Do you take blood-thinning medication (for example warfarin, clopidogrel, daily aspirin)?',
      outcome: 'clearance_required',
      reason: 'Blood thinners increase bleeding: a doctor’s clearance is needed.',
      clearedBy: 'clearance_document',
    },
    {
      id: 'recent_injectables',
      section: 'medication',
      text: 'Have you had Botox or fillers in the scalp or forehead recently?',
      outcome: 'defer',
      reason: 'Treatment waits until the window after Botox or fillers has passed.',
      date: { kind: 'since', label: 'Date of the last treatment' },
    },
    {
      id: 'pigment_allergy',
      section: 'allergies',
      text: 'Do you know of an allergy to tattoo ink or pigment?',
      outcome: 'not_suitable',
      reason: 'A known pigment allergy rules treatment out until a patch test is passed.',
      clearedBy: 'patch_test',
    },
    {
      id: 'scalp_condition',
      section: 'skin',
      text: 'Do you have an active scalp infection, an open wound or sunburn on the scalp?',
      outcome: 'defer',
      reason: 'Treatment waits until the scalp has healed.',
      date: { kind: 'until', label: 'Expected to have healed by (leave blank to re-screen)' },
    },
    {
      id: 'keloid_tendency',
      section: 'skin',
      text: 'Do you tend to form keloid scars?',
      outcome: 'caution',
      reason: 'Keloid tendency: work gently and watch healing.',
    },
    {
      id: 'light_hair_woman',
      section: 'hair',
      text: 'Is the client a woman with blonde or very light hair?',
      outcome: 'caution',
      reason: 'SMP works best on dark or brunette hair: set expectations for light hair.',
    },
  ],
};

export const SCREENING_QUESTIONNAIRES: Record<string, ScreeningQuestionnaire> = {
  [SCREENING_QUESTIONNAIRE_V1.version]: SCREENING_QUESTIONNAIRE_V1,
};

/** The questionnaire new screenings are answered on. */
export const CURRENT_SCREENING_QUESTIONNAIRE = SCREENING_QUESTIONNAIRE_V1;
