import { minorUnitsPerMajor } from '@smp/contracts';

// Shared with the API, whose refusals name amounts the same way.
export { formatMoney, minorUnitsPerMajor } from '@smp/contracts';

/** Register options for an amount field: it holds major units (dollars), the API takes minor (cents); empty means not given. */
export const asMinorUnits = (currency: string) => ({
  setValueAs: (value: unknown) => (value === '' || value === undefined ? undefined : Math.round(Number(value) * minorUnitsPerMajor(currency))),
});

/** An amount in minor units as a major-units field shows it (300000 USD → 3000). */
export function inMajorUnits(minorUnits: number, currency: string): number {
  return minorUnits / minorUnitsPerMajor(currency);
}
