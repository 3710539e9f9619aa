import { CURRENT_SCREENING_QUESTIONNAIRE } from '@smp/contracts';
import { Link, useNavigate, useParams } from 'react-router';
import { screeningApi } from '../api/screening';
import { ClientLoadMessage } from '../clients/ClientLoadMessage';
import { useClient } from '../clients/use-client';
import { useClinic } from '../clinic/clinic-context';
import { fullName } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import { GuidedScreening } from './GuidedScreening';

/** A new screening, answered by the client on the clinic's tablet with the artist beside them. */
export function ScreeningStartPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const clinic = useClinic();
  const [load] = useClient(id);
  if (load.state !== 'loaded') return <ClientLoadMessage load={load} />;
  const { record: client } = load;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${client.id}`}>{fullName(client)}</Link> /
      </p>
      <header className="page-header">
        <h1>Contraindication screening</h1>
        <span className="muted">Questionnaire {CURRENT_SCREENING_QUESTIONNAIRE.version}</span>
      </header>
      <GuidedScreening
        questionnaire={CURRENT_SCREENING_QUESTIONNAIRE}
        clientName={fullName(client)}
        today={todayIn(clinic.timeZone)}
        injectablesDeferDays={clinic.injectablesDeferDays}
        onSubmit={async (input) => {
          const screening = await screeningApi.conduct(client.id, input);
          navigate(`/clients/${client.id}/screenings/${screening.id}`, { replace: true });
        }}
        onCancel={() => navigate(`/clients/${client.id}`)}
      />
    </section>
  );
}
