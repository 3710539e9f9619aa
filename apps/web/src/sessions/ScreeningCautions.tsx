import type { Page, Screening } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { screeningApi } from '../api/screening';
import { queryKeys } from '../data/query-keys';
import { failureMessage } from '../shared/QueryMessage';
import { ErrorAlert } from '../shared/ErrorAlert';

/**
 * The cautions of the client's latest screening. A caution never blocks treatment,
 * so it is shown to the artist at every session instead (keloid tendency, light hair).
 */
export function ScreeningCautions({ clientId }: { clientId: string }) {
  const query = useQuery({
    queryKey: queryKeys.screenings.latest(clientId),
    queryFn: ({ signal }) => screeningApi.list(clientId, { limit: 1 }, signal),
    select: latestCautions,
  });

  if (query.error) return <ErrorAlert message={failureMessage(query.error, 'Could not load the screening’s cautions')} />;
  const cautions = query.data;
  if (!cautions || cautions.items.length === 0) return null;
  return (
    <section className="alert warning" aria-labelledby="cautions-heading">
      <h2 id="cautions-heading" className="alert-heading">
        Cautions from the screening
      </h2>
      <ul>
        {cautions.items.map((item) => (
          <li key={item.questionId}>
            <strong>{item.question}</strong> {item.reason}
          </li>
        ))}
      </ul>
      <Link to={`/clients/${clientId}/screenings/${cautions.screeningId}`}>Open the screening</Link>
    </section>
  );
}

function latestCautions({ items: [latest] }: Page<Screening>) {
  return latest ? { screeningId: latest.id, items: (latest.items ?? []).filter((item) => item.outcome === 'caution') } : null;
}
