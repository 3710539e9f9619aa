import { BASIS_POINTS_PER_WHOLE, type TaxRate } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { billingSettingsApi, taxRatesApi } from '../api/billing';
import { queryKeys } from '../data/query-keys';

/** Basis points as people say them: 2000 → "20%", 725 → "7.25%". */
export function formatTaxRate(basisPoints: number): string {
  return `${(basisPoints * 100) / BASIS_POINTS_PER_WHOLE}%`;
}

/** Register options for a rate typed as a percentage ("7.25"), which the API takes in basis points (725). */
export const asBasisPoints = {
  setValueAs: (value: unknown) => (value === '' || value == null ? undefined : Math.round((Number(value) * BASIS_POINTS_PER_WHOLE) / 100)),
};

/** The clinic's tax rates; with `archived`, the retired ones too. */
export function useTaxRatesQuery(archived = false) {
  return useQuery({ queryKey: queryKeys.taxRates.list(archived), queryFn: ({ signal }) => taxRatesApi.list(archived, signal) });
}

/** A rate as a line's choice names it: "VAT (20%)". */
export const taxRateLabel = (rate: Pick<TaxRate, 'name' | 'basisPoints'>) => `${rate.name} (${formatTaxRate(rate.basisPoints)})`;

/** The clinic's tax id, deposit and fee policy. */
export function useBillingSettingsQuery() {
  return useQuery({ queryKey: queryKeys.billingSettings, queryFn: ({ signal }) => billingSettingsApi.get(signal) });
}
