/**
 * Screenings of some demo clients, so that a first look shows every standing:
 * clear, caution, waiting for a doctor's letter, deferred, and never screened.
 * Answers not listed are "no".
 */
export const demoScreenings: { clientEmail: string; daysAgo: number; yes: Record<string, { answer: true; date?: string }> }[] = [
  { clientEmail: 'marcus.bennett@example.com', daysAgo: 42, yes: {} },
  { clientEmail: 'oliver.schmidt@example.com', daysAgo: 770, yes: {} },
  { clientEmail: 'dan.kowalski@example.com', daysAgo: 5, yes: { keloid_tendency: { answer: true } } },
  { clientEmail: 'grace.liu@example.com', daysAgo: 3, yes: { cancer_epilepsy_autoimmune: { answer: true } } },
  { clientEmail: 'chloe.moreau@example.com', daysAgo: 20, yes: { cancer_epilepsy_autoimmune: { answer: true } } },
  { clientEmail: 'ravi.shah@example.com', daysAgo: 2, yes: { scalp_condition: { answer: true } } },
  { clientEmail: 'tomas.obriain@example.com', daysAgo: 120, yes: {} },
  { clientEmail: 'hannah.weiss@example.com', daysAgo: 4, yes: { light_hair_woman: { answer: true } } },
];
