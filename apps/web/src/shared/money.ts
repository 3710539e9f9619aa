const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/** How many minor units make one major unit: 100 cents a dollar, but 1 for the yen. */
export function minorUnitsPerMajor(currency: string): number {
  return 10 ** (formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2);
}

/** An amount in minor units (the API's integers), e.g. 300000 USD → "$3,000.00". */
export function formatMoney(minorUnits: number, currency: string): string {
  return formatterFor(currency).format(minorUnits / minorUnitsPerMajor(currency));
}
