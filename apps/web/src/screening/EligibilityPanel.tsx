import type { Client, Eligibility } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { screeningApi } from '../api/screening';
import { useCan } from '../auth/use-can';
import { afterScreeningChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { failureMessage } from '../shared/QueryMessage';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDate } from '../shared/format';
import { eligibilityVerdict } from './eligibility-verdict';
import { OutcomeIcon } from './OutcomeIcon';
import { OverrideForm } from './OverrideForm';

interface EligibilityPanelProps {
  client: Client;
  /** Opens the client page's booking panel for a consultation; absent for those who cannot book one. */
  onBookConsultation?: () => void;
}

/** Whether treatment may go ahead today, why not and what to do next; owners may override with a reason. */
export function EligibilityPanel({ client, onBookConsultation }: EligibilityPanelProps) {
  const clientId = client.id;
  const canOverride = useCan('screening.override');
  const canConduct = useCan('screening.conduct');
  const queryClient = useQueryClient();
  const [overriding, setOverriding] = useState(false);
  const query = useQuery({ queryKey: queryKeys.eligibility(clientId), queryFn: ({ signal }) => screeningApi.eligibility(clientId, signal) });

  if (query.error) return <ErrorAlert message={failureMessage(query.error, 'Could not check eligibility')} />;
  if (!query.data) return <p className="muted">Checking eligibility…</p>;
  const eligibility = query.data;
  const verdict = eligibilityVerdict(eligibility);
  const screeningNeeded = verdict.tone === 'screening-needed';

  return (
    <div className="eligibility" aria-label="Eligibility for treatment" role="group">
      <p className={`eligibility-verdict ${verdict.tone}`}>
        <OutcomeIcon name={verdict.icon} />
        {verdict.headline}
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
      {canConduct && !client.archivedAt ? (
        // Secondary even when due: Book is the client page's one primary action.
        <Link className="button" to={`/clients/${clientId}/screenings/new`}>
          Start screening
        </Link>
      ) : (
        screeningNeeded && (
          <>
            <p>An artist screens the client before any treatment, at a consultation.</p>
            {onBookConsultation && (
              <button type="button" className="button" onClick={onBookConsultation}>
                Book a consultation
              </button>
            )}
          </>
        )
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
          onSaved={(updated: Eligibility) => {
            void afterScreeningChange(queryClient, clientId, updated);
            setOverriding(false);
          }}
          onCancel={() => setOverriding(false)}
        />
      )}
    </div>
  );
}
