/** How a currency is named: by its symbol ("$") or, where the symbol cannot be written (a PDF's standard fonts), by its code ("USD"). */
export type CurrencyDisplay = 'symbol' | 'code';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, currencyDisplay: CurrencyDisplay = 'symbol'): Intl.NumberFormat {
  const key = `${currency} ${currencyDisplay}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency, currencyDisplay });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many minor units make one major unit: 100 cents a dollar, but 1 for the yen. */
export function minorUnitsPerMajor(currency: string): number {
  return 10 ** (formatterFor(currency).resolvedOptions().maximumFractionDigits ?? 2);
}

/** An amount in minor units (the API's integers), e.g. 300000 USD → "$3,000.00" (or "USD 3,000.00" by code). */
export function formatMoney(minorUnits: number, currency: string, currencyDisplay: CurrencyDisplay = 'symbol'): string {
  return formatterFor(currency, currencyDisplay).format(minorUnits / minorUnitsPerMajor(currency));
}
