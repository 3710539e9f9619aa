import type { Needle, PIGMENT_TONES, PIGMENT_UNDERTONES } from '@smp/contracts';

export { pigmentName } from '@smp/contracts';

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

/** "1-point, 0.25 mm (Kwadron)". */
export function needleName(needle: Pick<Needle, 'configuration' | 'gauge'> & { brand?: string | null }): string {
  return `${needle.configuration}, ${needle.gauge}${needle.brand ? ` (${needle.brand})` : ''}`;
}
