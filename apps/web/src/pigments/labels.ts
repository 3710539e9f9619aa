import type { Needle, Pigment, PIGMENT_TONES, PIGMENT_UNDERTONES } from '@smp/contracts';

export const toneLabels: Record<(typeof PIGMENT_TONES)[number], string> = { neutral: 'Neutral', warm: 'Warm', cool: 'Cool' };

export const undertoneLabels: Record<(typeof PIGMENT_UNDERTONES)[number], string> = {
  blue: 'Blue',
  green: 'Green',
  purple: 'Purple',
  red: 'Red',
  orange: 'Orange',
  yellow: 'Yellow',
  brown: 'Brown',
  neutral: 'Neutral',
};

/** "Perma Blend SMP Pro — Dark Grey": brand and product, then the shade artists ask for. */
export function pigmentName(pigment: Pick<Pigment, 'brand' | 'product' | 'shadeName'>): string {
  return `${pigment.brand} ${pigment.product} — ${pigment.shadeName}`;
}

/** "1-point, 0.25 mm (Kwadron)". */
export function needleName(needle: Pick<Needle, 'configuration' | 'gauge'> & { brand?: string | null }): string {
  return `${needle.configuration}, ${needle.gauge}${needle.brand ? ` (${needle.brand})` : ''}`;
}
