import type { ColourShift, PIGMENT_ROLES, SunExposure, TREATED_AREAS, TreatmentStyle } from '@smp/contracts';
import type { DemoPlanMoney } from './demo-money.js';
import type { DemoHead, DemoShade } from './demo-photos.js';

type PigmentRole = (typeof PIGMENT_ROLES)[number];
type TreatedArea = (typeof TREATED_AREAS)[number];

/** A session already recorded: the lots used (by lot number) and how the front looked after it. */
export interface DemoRecordedSession {
  daysAgo: number;
  lots: { lotNumber: string; role: PigmentRole }[];
  needleLotNumber: string;
  areasTreated: TreatedArea[];
  shadeAfter: DemoShade;
}

/**
 * A client's treatment so far: the recorded consultation with photos of the
 * standard views, the plan (each session's shades by name) and the sessions
 * already recorded, with photos before and after, and what the plan cost and
 * how it was paid. Days count back from the first run and land on the weekday on
 * or before them.
 */
export interface DemoHistory {
  clientEmail: string;
  head: DemoHead;
  style: TreatmentStyle;
  consultation: {
    daysAgo: number;
    norwoodStage: number;
    naturalHairColour: string;
    skinTone: string;
    shadeDirection: string;
    sunExposure: SunExposure;
  };
  plannedShades: string[][];
  recorded: DemoRecordedSession[];
  money: DemoPlanMoney;
}

/**
 * Marcus's hairline restoration: he approved the hairline drawn on his front photo
 * at the consultation, so the plan could start; session 1 in Dark Grey, session 2
 * darker in Soft Black after the temple points were adjusted, and session 3 (a
 * blend, charged as the third) is due, so the follow-up queue has work. His
 * invoice is paid: by card after session 1, the rest in cash after session 2.
 */
export const demoHairlineHistory: DemoHistory & { adjustmentReason: string } = {
  clientEmail: 'marcus.bennett@example.com',
  head: { skin: '#a8734f', stubble: '#1f1a17' },
  style: 'hairline_restoration',
  consultation: { daysAgo: 38, norwoodStage: 3, naturalHairColour: 'black', skinTone: 'IV', shadeDirection: 'dark_grey', sunExposure: 'moderate' },
  plannedShades: [['Dark Grey'], ['Soft Black'], ['Soft Black', 'Dark Grey']],
  recorded: [
    {
      daysAgo: 24,
      lots: [{ lotNumber: 'PB-26-131', role: 'foundation' }],
      needleLotNumber: 'KW-1RL-2611',
      areasTreated: ['hairline', 'temples', 'front'],
      shadeAfter: { colour: '#55575a', opacity: 0.45 },
    },
    {
      daysAgo: 10,
      lots: [{ lotNumber: 'PB-26-118', role: 'depth' }],
      needleLotNumber: 'KW-1RL-2611',
      areasTreated: ['hairline', 'temples', 'front'],
      shadeAfter: { colour: '#161616', opacity: 0.75 },
    },
  ],
  money: {
    depositReference: 'T-4821',
    payments: [
      { afterSession: 1, method: 'card', amountMinor: 150_000, reference: 'T-4907' },
      { afterSession: 2, method: 'cash' },
    ],
  },
  adjustmentReason: 'Temple points lowered slightly once session 1 had healed, at the client’s request',
};

/**
 * Oliver was treated two years ago with a blue-based black and works outdoors; at
 * a fade check this week the hairline had faded and turned bluish, which points
 * the recall at the lot used. He paid part of his invoice by bank transfer and
 * still owes the rest.
 */
export const demoFadedHistory: DemoHistory & { fadeCheck: { daysAgo: number; colourShift: ColourShift; note: string; areas: { area: TreatedArea; score: number }[]; shade: DemoShade } } = {
  clientEmail: 'oliver.schmidt@example.com',
  head: { skin: '#ecc9ab', stubble: '#6b5844' },
  style: 'density',
  consultation: { daysAgo: 766, norwoodStage: 5, naturalHairColour: 'light_brown', skinTone: 'II', shadeDirection: 'soft_black', sunExposure: 'high' },
  plannedShades: [['Jet Black'], ['Jet Black']],
  recorded: [
    {
      daysAgo: 752,
      lots: [{ lotNumber: 'GT-77', role: 'foundation' }],
      needleLotNumber: 'KW-1RL-2611',
      areasTreated: ['hairline', 'front', 'mid_scalp', 'crown'],
      shadeAfter: { colour: '#1b1e26', opacity: 0.5 },
    },
    {
      daysAgo: 738,
      lots: [{ lotNumber: 'GT-77', role: 'depth' }],
      needleLotNumber: 'KW-1RL-2611',
      areasTreated: ['hairline', 'front', 'mid_scalp', 'crown'],
      shadeAfter: { colour: '#101218', opacity: 0.75 },
    },
  ],
  money: { depositReference: 'T-1158', payments: [{ afterSession: 2, method: 'bank_transfer', amountMinor: 150_000, reference: 'Wire O. Schmidt SMP' }] },
  fadeCheck: {
    daysAgo: 6,
    colourShift: 'bluish',
    note: 'The hairline reads blue-grey in daylight',
    areas: [
      { area: 'hairline', score: 2 },
      { area: 'front', score: 1 },
      { area: 'crown', score: 1 },
    ],
    shade: { colour: '#3a4f78', opacity: 0.45 },
  },
};
