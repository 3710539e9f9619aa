/**
 * The clinic's country, known once its settings load. Kept apart from the phone
 * helpers so that pages without phone numbers do not load libphonenumber.
 */
let clinicCountry: string | null = null;
const followers = new Set<(country: string) => void>();

export function setClinicCountry(country: string): void {
  clinicCountry = country;
  followers.forEach((follow) => follow(country));
}

/** Calls `follow` with the country now if it is known, and again whenever it changes. */
export function followClinicCountry(follow: (country: string) => void): void {
  followers.add(follow);
  if (clinicCountry !== null) follow(clinicCountry);
}
