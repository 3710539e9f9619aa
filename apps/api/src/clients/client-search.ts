/**
 * Search-as-you-type terms. Each word must appear somewhere in the client's name,
 * email or phone. A word that looks like part of a phone number is reduced to its
 * digits, without the trunk or international prefix, so that "07700 900" finds
 * +44 7700 900123 and "+1 415" finds +1 415 555 2671.
 */
export function searchPatterns(query: string | undefined): string[] {
  if (!query) return [];
  const trimmed = query.trim();
  if (looksLikePhoneNumber(trimmed)) return [phoneDigits(trimmed)];
  return trimmed
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => (looksLikePhoneNumber(word) ? phoneDigits(word) : word));
}

function looksLikePhoneNumber(text: string): boolean {
  return /^\+?[\d\s().-]+$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 3;
}

function phoneDigits(text: string): string {
  return text.replace(/\D/g, '').replace(/^0+/, '');
}

/** Escapes LIKE wildcards so that a typed % or _ matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
