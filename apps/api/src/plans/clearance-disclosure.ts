import type { PlanClearance } from '@smp/contracts';

interface WithClearances {
  client: { id: string };
  id: string;
  clearances: PlanClearance[];
}

/** The plans an answer of the plans API holds: one plan, or a list of them. */
export function plansIn(body: unknown): WithClearances[] {
  const isPlan = (value: unknown): value is WithClearances => typeof value === 'object' && value !== null && Array.isArray((value as { clearances?: unknown }).clearances);
  if (isPlan(body)) return [body];
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? items.filter(isPlan) : [];
}

/**
 * A plan's clearances as a role that may not read medical answers sees them: that a
 * letter or an override is on file, who recorded it and when, but not the doctor's
 * note, the letter's name or the owner's reason, which may name the condition.
 */
export function withoutMedicalDetail(clearance: PlanClearance): PlanClearance {
  return { ...clearance, note: null, documentName: null, documentUrl: null, reason: null };
}

/** Whether the clearances say anything medical, so that reading them is a read of screening detail. */
export function holdsMedicalDetail(clearances: readonly PlanClearance[]): boolean {
  return clearances.some((clearance) => clearance.note !== null || clearance.documentName !== null || clearance.reason !== null);
}
