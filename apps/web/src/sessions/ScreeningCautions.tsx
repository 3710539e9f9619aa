import type { ScreeningItemView } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/http';
import { screeningApi } from '../api/screening';

/**
 * The cautions of the client's latest screening. A caution never blocks treatment,
 * so it is shown to the artist at every session instead (keloid tendency, light hair).
 */
export function ScreeningCautions({ clientId }: { clientId: string }) {
  const [cautions, setCautions] = useState<{ screeningId: string; items: ScreeningItemView[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    screeningApi
      .list(clientId, { limit: 1 }, controller.signal)
      .then(({ items: [latest] }) => setCautions(latest ? { screeningId: latest.id, items: (latest.items ?? []).filter((item) => item.outcome === 'caution') } : null))
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(failure instanceof ApiProblem ? failure.message : 'Could not load the screening’s cautions');
      });
    return () => controller.abort();
  }, [clientId]);

  if (error) return <p className="alert error" role="alert">{error}</p>;
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
