import type { Pigment } from '@smp/contracts';
import type { Lot } from '@smp/contracts';
import { formatDate } from '../shared/format';

export interface LotChoice {
  id: string;
  label: string;
  /** Expired and empty lots are listed, so the artist sees why the lot in hand is missing, but cannot be chosen. */
  disabled: boolean;
}

const usable = (lot: Lot) => !lot.expired && lot.quantity > 0;

function lotLabel(lot: Lot): string {
  if (lot.expired) return `${lot.lotNumber} — expired ${formatDate(lot.expiresOn)}, cannot be used`;
  if (lot.quantity === 0) return `${lot.lotNumber} — out of stock, cannot be used`;
  return `${lot.lotNumber} — expires ${formatDate(lot.expiresOn)}`;
}

/** A pigment's or needle's lots for a select: usable ones first, the soonest to expire on top (use those first), unusable ones last. */
export function lotChoices(lots: readonly Lot[]): LotChoice[] {
  return [...lots]
    .sort((a, b) => Number(usable(b)) - Number(usable(a)) || a.expiresOn.localeCompare(b.expiresOn))
    .map((lot) => ({ id: lot.id, label: lotLabel(lot), disabled: !usable(lot) }));
}

/** The lot to preselect when a pigment is chosen: its only usable lot, or none, so the artist picks the one in hand. */
export function presetLotId(pigment: Pigment | undefined): string {
  const usableLots = pigment?.lots.filter(usable) ?? [];
  return usableLots.length === 1 ? usableLots[0]!.id : '';
}

/** Which pigment a chosen lot belongs to, to show the row's pigment again. */
export function pigmentOfLot(pigments: readonly Pigment[], lotId: string): Pigment | undefined {
  return pigments.find((pigment) => pigment.lots.some((lot) => lot.id === lotId));
}
