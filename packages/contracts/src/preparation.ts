import type { TreatmentStyle } from './consultations.js';

/** One thing the client does before a treatment session, as the booking and its printed page show it. */
export interface PreparationStep {
  id: 'shave' | 'keep_hair' | 'moisturise' | 'painkillers';
  title: string;
  detail: string;
}

const shave: PreparationStep = {
  id: 'shave',
  title: 'Shave your head',
  detail: 'Shave the whole head short on the day before or the morning of the session, so the artist sees the scalp and places every dot.',
};
const keepHair: PreparationStep = {
  id: 'keep_hair',
  title: 'Do not shave your head',
  detail: 'Your hair stays as it is: the artist parts it section by section and shades the scalp between the hairs. Come with clean, dry hair and no styling products.',
};
const moisturise: PreparationStep = {
  id: 'moisturise',
  title: 'Moisturise the skin',
  detail: 'Moisturise the scalp in the days before the session; skin that is not dry takes the pigment best.',
};
const painkillers: PreparationStep = {
  id: 'painkillers',
  title: 'Painkillers are allowed',
  detail: 'You may take paracetamol and/or ibuprofen before the session.',
};

/**
 * What the client does before a treatment session of a style: the head is shaved,
 * except for women's density, where the hair stays and is parted section by
 * section. A session without a plan (a touch-up or maintenance visit) is prepared
 * for as the usual shaved-head work.
 */
export function preparationFor(style: TreatmentStyle | null): PreparationStep[] {
  return [style === 'womens_density' ? keepHair : shave, moisturise, painkillers];
}
