import { TREATMENT_STYLE_NAMES, type QuoteDraft, type TreatmentStyle } from '@smp/contracts';

type DraftLine = QuoteDraft['lines'][number];

export interface PlanToQuote {
  style: TreatmentStyle;
  quotedPriceMinor: number;
  sessions: { number: number; priceMinor: number }[];
}

/**
 * A plan's quote as the price list makes it: the plan's price covers sessions 1 and
 * 2, and each session charged on top (a third, a paid touch-up) is a line of its
 * own. Every line takes the clinic's default tax rate.
 */
export function draftLines(plan: PlanToQuote): DraftLine[] {
  const charged = plan.sessions.filter((session) => session.priceMinor > 0).sort((a, b) => a.number - b.number);
  return [
    { kind: 'plan', description: `${TREATMENT_STYLE_NAMES[plan.style]} plan — sessions 1 and 2`, quantity: 1, unitPriceMinor: plan.quotedPriceMinor },
    ...charged.map((session): DraftLine => ({ kind: 'session', description: `Session ${session.number}`, quantity: 1, unitPriceMinor: session.priceMinor })),
  ];
}
