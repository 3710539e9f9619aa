import { minorUnitsPerMajor } from '@smp/contracts';

// Shared with the API, whose refusals name amounts the same way.
export { formatMoney, minorUnitsPerMajor } from '@smp/contracts';

/** What a money field holds (major units, "12.50") as the API's minor units; blank or not a number is undefined, for the schema to call Required. */
export function toMinorUnits(typed: string, currency: string): number | undefined {
  if (typed.trim() === '') return undefined;
  const major = Number(typed);
  return Number.isFinite(major) ? Math.round(major * minorUnitsPerMajor(currency)) : undefined;
}

/** Minor units as a money field shows them ("12.5" for 1250 cents); nothing for no amount. */
export function toMajorUnits(minorUnits: number | null | undefined, currency: string): string {
  return minorUnits == null || !Number.isFinite(minorUnits) ? '' : String(minorUnits / minorUnitsPerMajor(currency));
}

/** Register options for an amount field: it holds major units (dollars), the API takes minor (cents); empty means not given. */
export const asMinorUnits = (currency: string) => ({
  setValueAs: (value: unknown) => (typeof value === 'string' ? toMinorUnits(value, currency) : value),
});
