import { CONSENT_KIND_NAMES, type Client } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { consentsApi } from '../api/consents';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { awaitsSignature, consentStanding } from './consent-words';
import { NewTreatmentConsentNotice } from './ConsentReminder';
import './consents.css';

/** The client's consent forms, each with where they stand, and "Sign now" for those who take signatures. */
export function ClientConsentsCard({ client }: { client: Client }) {
  const { timeZone } = useClinic();
  const canSign = useCan('screening.conduct') && !client.archivedAt;
  const query = useQuery({ queryKey: queryKeys.consents(client.id), queryFn: ({ signal }) => consentsApi.ofClient(client.id, signal) });
  const consents = query.data;

  return (
    <section className="card wide" id="consents" aria-labelledby="consents-heading">
      <h2 id="consents-heading">Consents</h2>
      <ErrorAlert message={query.error ? failureMessage(query.error, 'Could not load the consents') : null} />
      {!consents && !query.error && <p className="muted">Loading consents…</p>}
      {consents?.askAtNextVisit && <NewTreatmentConsentNotice clientId={client.id} />}
      {consents && (
        <ul className="consent-list" aria-label="Consent forms">
          {consents.forms.map((form) => (
            <li key={form.kind} className={`consent-item ${form.state}`}>
              <span className="consent-name">{CONSENT_KIND_NAMES[form.kind]}</span>
              <span className="consent-state">{consentStanding(form, timeZone)}</span>
              {canSign && awaitsSignature(form) && (
                <Link className="button small" to={`/clients/${client.id}/consents/${form.kind}/sign`} aria-label={`Sign now: ${CONSENT_KIND_NAMES[form.kind]}`}>
                  Sign now
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
