import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { consentsApi } from '../api/consents';
import { useCan } from '../auth/use-can';
import { queryKeys } from '../data/query-keys';

/**
 * A client already under way whose treatment consent is outdated (or predates consents
 * being kept) is not turned away: the new version is signed at this visit.
 */
export function NewTreatmentConsentNotice({ clientId }: { clientId: string }) {
  const canSign = useCan('screening.conduct');
  return (
    <p className="alert info" role="note">
      A new version of the treatment consent is in force since the client last signed: have them sign it at their next visit.{' '}
      {canSign && <Link to={`/clients/${clientId}/consents/treatment/sign`}>Sign now</Link>}
    </p>
  );
}

/** The notice where the artist prepares a session, when the client's treatment consent asks for it. */
export function ConsentReminder({ clientId }: { clientId: string }) {
  const query = useQuery({ queryKey: queryKeys.consents(clientId), queryFn: ({ signal }) => consentsApi.ofClient(clientId, signal) });
  return query.data?.askAtNextVisit ? <NewTreatmentConsentNotice clientId={clientId} /> : null;
}
