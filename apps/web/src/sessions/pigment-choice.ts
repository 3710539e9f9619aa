import type { Pigment } from '@smp/contracts';
import type { Lot } from '@smp/contracts';
import { formatDate } from '../shared/format';

export interface LotChoice {
  id: string;
  label: string;
  /** Expired lots are listed, so the artist sees why the lot in hand is missing, but cannot be chosen. */
  disabled: boolean;
}

/** A pigment's or needle's lots for a select: usable ones first, the soonest to expire on top (use those first), expired ones last. */
export function lotChoices(lots: readonly Lot[]): LotChoice[] {
  return [...lots]
    .sort((a, b) => Number(a.expired) - Number(b.expired) || a.expiresOn.localeCompare(b.expiresOn))
    .map((lot) => ({
      id: lot.id,
      label: lot.expired ? `${lot.lotNumber} — expired ${formatDate(lot.expiresOn)}, cannot be used` : `${lot.lotNumber} — expires ${formatDate(lot.expiresOn)}`,
      disabled: lot.expired,
    }));
}

/** The lot to preselect when a pigment is chosen: its only usable lot, or none, so the artist picks the one in hand. */
export function presetLotId(pigment: Pigment | undefined): string {
  const usable = pigment?.lots.filter((lot) => !lot.expired) ?? [];
  return usable.length === 1 ? usable[0]!.id : '';
}

/** Which pigment a chosen lot belongs to, to show the row's pigment again. */
export function pigmentOfLot(pigments: readonly Pigment[], lotId: string): Pigment | undefined {
  return pigments.find((pigment) => pigment.lots.some((lot) => lot.id === lotId));
}
