import { parsePhoneNumberFromString, isSupportedCountry, type CountryCode } from 'libphonenumber-js';

export type PhoneRegion = CountryCode;

let defaultRegion: PhoneRegion = 'US';

/**
 * Numbers typed without a country code are read as numbers of the clinic's own
 * country. Both apps call this once at start-up with the clinic's configured country,
 * so that the same schema accepts "07700 900123" in a UK clinic and "(415) 555-2671"
 * in a US one.
 */
export function setDefaultPhoneRegion(region: string): void {
  if (!isPhoneRegion(region)) throw new Error(`Unsupported phone region "${region}"`);
  defaultRegion = region;
}

export function isPhoneRegion(region: string): region is PhoneRegion {
  return isSupportedCountry(region);
}

/** The E.164 form of a phone number, or null when it is not a valid number. */
export function normalisePhone(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultRegion);
  return parsed?.isValid() ? parsed.number : null;
}

/** How staff of the clinic expect to read a stored E.164 number. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === defaultRegion ? parsed.formatNational() : parsed.formatInternational();
}
