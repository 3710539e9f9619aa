/** Sessions 1 and 2 are the plan's (the first touch-up, session 2, is included); the third and any extra touch-up are charged. */
const CHARGED_FROM_SESSION = 3;

/** What a plan session costs on top of the plan's price, in minor units: the price list's extra-session price from the third session on. */
export function sessionPriceMinor(number: number, extraSessionPriceMinor: number): number {
  return number >= CHARGED_FROM_SESSION ? extraSessionPriceMinor : 0;
}
