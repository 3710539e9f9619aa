import { pigmentName, type PigmentRef } from './pigments.js';

/**
 * Shade progression across a plan's sessions (domain: session 2 is usually darker
 * or blended, so planning the very same pigments again deserves a second look).
 */

/** Whether two sessions name the same pigments, in whatever order. */
export function samePigments(first: readonly string[], second: readonly string[]): boolean {
  const firstSet = new Set(first.map((id) => id.toLowerCase()));
  const secondSet = new Set(second.map((id) => id.toLowerCase()));
  return firstSet.size === secondSet.size && [...firstSet].every((id) => secondSet.has(id));
}

/** The warning (never a block) when a session plans exactly the pigments of the session before it, or null. */
export function repeatedShadeWarning(previous: { number: number; pigmentIds: readonly string[] } | null, pigmentIds: readonly string[]): string | null {
  if (!previous || previous.pigmentIds.length === 0 || pigmentIds.length === 0) return null;
  return samePigments(previous.pigmentIds, pigmentIds) ? `Same pigments as session ${previous.number}: a later session is usually darker or blended` : null;
}

/** Whether the pigments a session used differ from the ones planned for it; never when nothing was planned from the catalogue. */
export function differsFromPlan(plannedPigmentIds: readonly string[], usedPigmentIds: readonly string[]): boolean {
  return plannedPigmentIds.length > 0 && !samePigments(plannedPigmentIds, usedPigmentIds);
}

/** What a plan session plans, in words: its catalogue pigments, or the shade typed before sessions named them. */
export function plannedShade(session: { pigments: readonly PigmentRef[]; shadeNote: string | null }): string {
  return session.pigments.length > 0 ? session.pigments.map(pigmentName).join(' + ') : (session.shadeNote ?? 'No shade planned');
}
