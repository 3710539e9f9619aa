import type { Eligibility } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { ApiProblem } from '../api/http';
import { screeningApi } from '../api/screening';
import { useCan } from '../auth/use-can';
import { formatDate } from '../shared/format';
import { OutcomeIcon } from './OutcomeIcon';
import { OverrideForm } from './OverrideForm';

type EligibilityLoad = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; eligibility: Eligibility };

/** Whether treatment may go ahead today, and why not; owners may override with a reason. */
export function EligibilityPanel({ clientId, revision }: { clientId: string; revision: number }) {
  const canOverride = useCan('screening.override');
  const [load, setLoad] = useState<EligibilityLoad>({ state: 'loading' });
  const [overriding, setOverriding] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    screeningApi
      .eligibility(clientId, controller.signal)
      .then((eligibility) => setLoad({ state: 'loaded', eligibility }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoad({ state: 'failed', message: error instanceof ApiProblem ? error.message : 'Could not check eligibility' });
      });
    return () => controller.abort();
  }, [clientId, revision]);

  if (load.state === 'loading') return <p className="muted">Checking eligibility…</p>;
  if (load.state === 'failed') return <p className="alert error" role="alert">{load.message}</p>;
  const { eligibility } = load;

  return (
    <div className="eligibility" aria-label="Eligibility for treatment" role="group">
      <p className={eligibility.eligible ? 'eligibility-verdict eligible' : 'eligibility-verdict not-eligible'}>
        <OutcomeIcon name={eligibility.eligible ? 'check' : 'cross'} />
        {eligibility.eligible ? 'Eligible for treatment today' : 'Not eligible for treatment today'}
        {eligibility.override && ' (overridden)'}
      </p>
      {eligibility.reasons.length > 0 && (
        <ul className="eligibility-reasons">
          {eligibility.reasons.map((reason, index) => (
            <li key={`${reason.code}-${reason.questionId ?? index}`}>
              {reason.message}
              {reason.until && <span className="muted"> — until {formatDate(reason.until)}</span>}
            </li>
          ))}
        </ul>
      )}
      {eligibility.override && (
        <p className="alert info">
          Overridden by {eligibility.override.grantedBy.name} until {formatDate(eligibility.override.validUntil)}: “{eligibility.override.reason}”
        </p>
      )}
      {canOverride && eligibility.reasons.length > 0 && !overriding && (
        <button type="button" className="button" onClick={() => setOverriding(true)}>
          Override
        </button>
      )}
      {overriding && (
        <OverrideForm
          clientId={clientId}
          onSaved={(updated) => {
            setLoad({ state: 'loaded', eligibility: updated });
            setOverriding(false);
          }}
          onCancel={() => setOverriding(false)}
        />
      )}
    </div>
  );
}
