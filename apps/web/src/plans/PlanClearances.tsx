import type { PlanClearance } from '@smp/contracts';
import { useCan } from '../auth/use-can';
import { formatInstant } from '../shared/format';

/** The doctor's letters attached to a plan and owners' overrides of a missing one; letters open for those who may read medical records. */
export function PlanClearances({ clearances, timeZone }: { clearances: readonly PlanClearance[]; timeZone: string }) {
  const canReadLetters = useCan('screening.readAnswers');
  return (
    <ul className="plain-stack">
      {clearances.map((clearance) => (
        <li key={clearance.id}>
          {clearance.documentUrl ? (
            <>
              Letter{' '}
              {canReadLetters ? (
                <a href={clearance.documentUrl} download={clearance.documentName ?? undefined}>
                  {clearance.documentName}
                </a>
              ) : (
                clearance.documentName
              )}
              {clearance.note && ` — ${clearance.note}`}, attached by {clearance.recordedBy.name}
            </>
          ) : (
            <>
              Owner’s override, no letter: “{clearance.reason}”, by {clearance.recordedBy.name}
            </>
          )}
          , {formatInstant(clearance.recordedAt, timeZone)}
        </li>
      ))}
    </ul>
  );
}
