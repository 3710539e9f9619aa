/**
 * The columns of the clinic's settings that belong to billing (its tax id, how prices
 * treat tax, the deposit and late-fee policy): billing reads and changes them, the
 * clinic's own settings leave them out.
 */
export const BILLING_SETTINGS_COLUMNS = {
  taxId: true,
  pricesIncludeTax: true,
  depositKind: true,
  depositAmountMinor: true,
  depositPercent: true,
  depositDueDaysBefore: true,
  lateCancellationFeeMinor: true,
  noShowFeeMinor: true,
} as const;
