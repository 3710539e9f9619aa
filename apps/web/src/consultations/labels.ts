import type { CONSULTATION_MODES, CONSULTATION_STATUSES, HAIR_LOSS_CAUSES, NATURAL_HAIR_COLOURS, SHADE_DIRECTIONS, SKIN_TONES, SUN_EXPOSURES, TRANSPLANT_HISTORIES } from '@smp/contracts';
import { TREATMENT_STYLE_NAMES } from '@smp/contracts';

type LabelsOf<Values extends readonly string[]> = Record<Values[number], string>;

export const modeLabels: LabelsOf<typeof CONSULTATION_MODES> = { in_person: 'In person', phone: 'Phone call', video: 'Video call' };

export const statusLabels: LabelsOf<typeof CONSULTATION_STATUSES> = { booked: 'Booked', completed: 'Completed', cancelled: 'Cancelled' };

export const hairLossCauseLabels: LabelsOf<typeof HAIR_LOSS_CAUSES> = {
  genetic_pattern: 'Genetic / DHT pattern loss',
  age: 'Age',
  alopecia: 'Alopecia',
  transplant_scarring: 'Transplant scarring (FUT / FUE)',
  injury_scarring: 'Scarring from an injury',
  chemotherapy: 'Chemotherapy',
  thyroid: 'Thyroid',
  lupus: 'Lupus',
  vitiligo: 'Vitiligo',
  other_medical: 'Other medical cause',
};

export const hairColourLabels: LabelsOf<typeof NATURAL_HAIR_COLOURS> = {
  black: 'Black',
  dark_brown: 'Dark brown',
  medium_brown: 'Medium brown',
  light_brown: 'Light brown',
  blonde: 'Blonde',
  red: 'Red',
  grey: 'Grey',
  white: 'White',
};

/** Fitzpatrick types, with the words artists use for them. */
export const skinToneLabels: LabelsOf<typeof SKIN_TONES> = {
  I: 'I — very fair, always burns',
  II: 'II — fair, usually burns',
  III: 'III — medium, sometimes burns',
  IV: 'IV — olive, rarely burns',
  V: 'V — brown, very rarely burns',
  VI: 'VI — dark brown to black, never burns',
};

export const sunExposureLabels: LabelsOf<typeof SUN_EXPOSURES> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High (outdoor work)',
};

export const transplantLabels: LabelsOf<typeof TRANSPLANT_HISTORIES> = {
  none: 'None',
  fut: 'FUT (strip)',
  fue: 'FUE',
  fut_and_fue: 'FUT and FUE',
};

export const styleLabels = TREATMENT_STYLE_NAMES;

/** A style named by the API as plain text (a record's plan, a report row): its label, or the API's words ("no plan"). */
export function styleName(style: string): string {
  return (styleLabels as Record<string, string>)[style] ?? style;
}

export const shadeLabels: LabelsOf<typeof SHADE_DIRECTIONS> = {
  soft_black: 'Soft black',
  dark_grey: 'Dark grey',
  medium_grey: 'Medium grey',
  light_grey: 'Light grey',
  dark_brown: 'Dark brown',
  light_brown: 'Light brown',
};

export const NORWOOD_STAGES = [1, 2, 3, 4, 5, 6, 7] as const;
export const LUDWIG_STAGES = [1, 2, 3] as const;
const ROMAN = ['I', 'II', 'III'] as const;

export function ludwigLabel(stage: number): string {
  return ROMAN[stage - 1] ?? String(stage);
}

/** "Norwood 4" or "Ludwig II", or '—' when neither was given. */
export function describeStage(record: { norwoodStage: number | null; ludwigStage: number | null }): string {
  if (record.norwoodStage != null) return `Norwood ${record.norwoodStage}`;
  if (record.ludwigStage != null) return `Ludwig ${ludwigLabel(record.ludwigStage)}`;
  return '—';
}
