import type { PlanClearance } from '@smp/contracts';
import { formatInstant } from '../shared/format';

/** The doctor's letters attached to a plan and owners' overrides of a missing one; what they say reaches only those who may read medical answers (the API leaves it out for others). */
export function PlanClearances({ clearances, timeZone }: { clearances: readonly PlanClearance[]; timeZone: string }) {
  return (
    <ul className="plain-stack">
      {clearances.map((clearance) => (
        <li key={clearance.id}>
          {clearance.kind === 'letter' ? (
            <>
              Doctor’s letter
              {clearance.documentUrl && clearance.documentName && (
                <>
                  {' '}
                  <a href={clearance.documentUrl} download={clearance.documentName}>
                    {clearance.documentName}
                  </a>
                </>
              )}
              {clearance.note && ` — ${clearance.note}`}, attached by {clearance.recordedBy.name}
            </>
          ) : (
            <>
              Owner’s override, no letter{clearance.reason && `: “${clearance.reason}”`}, by {clearance.recordedBy.name}
            </>
          )}
          , {formatInstant(clearance.recordedAt, timeZone)}
        </li>
      ))}
    </ul>
  );
}
