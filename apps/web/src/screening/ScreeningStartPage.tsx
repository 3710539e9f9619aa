import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { screeningApi } from '../api/screening';
import { ClientQueryMessage, useClientQuery } from '../data/client-query';
import { useClinic } from '../clinic/clinic-context';
import { afterScreeningChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { fullName } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import { GuidedScreening } from './GuidedScreening';
import { ScreeningHandover } from './ScreeningHandover';

/**
 * A new screening, answered by the client on the clinic's tablet with the artist
 * beside them. Once signed, the tablet goes back to the artist before the outcome shows.
 */
export function ScreeningStartPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const clinic = useClinic();
  const queryClient = useQueryClient();
  const clientQuery = useClientQuery(id);
  const [signedScreeningId, setSignedScreeningId] = useState<string | null>(null);
  if (!clientQuery.data) return <ClientQueryMessage query={clientQuery} />;
  const client = clientQuery.data;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${client.id}`}>{fullName(client)}</Link> /
      </p>
      <header className="page-header">
        <h1>Contraindication screening</h1>
        <span className="muted">Questionnaire {CURRENT_SCREENING_QUESTIONNAIRE.version}</span>
      </header>
      {signedScreeningId ? (
        <ScreeningHandover onShowOutcome={() => void navigate(`/clients/${client.id}/screenings/${signedScreeningId}`, { replace: true })} />
      ) : (
        <GuidedScreening
          questionnaire={CURRENT_SCREENING_QUESTIONNAIRE}
          today={todayIn(clinic.timeZone)}
          onSubmit={async (input) => {
            const screening = await screeningApi.conduct(client.id, input);
            queryClient.setQueryData(queryKeys.screenings.detail(screening.id), screening);
            void afterScreeningChange(queryClient, client.id);
            setSignedScreeningId(screening.id);
          }}
          onCancel={() => navigate(`/clients/${client.id}`)}
        />
      )}
    </section>
  );
}
