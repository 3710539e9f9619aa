import type { Client } from '@smp/contracts';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { EligibilityPanel } from './EligibilityPanel';
import { PatchTests } from './PatchTests';
import { ScreeningHistory } from './ScreeningHistory';

/**
 * The client's screening area: eligibility today, the signed screenings and the
 * patch tests. A new patch test can change all three (see afterScreeningChange).
 */
export function ClientScreeningCard({ client }: { client: Client }) {
  const canConduct = useCan('screening.conduct');
  const canReadAnswers = useCan('screening.readAnswers');

  return (
    <section className="card wide" id="screening" aria-labelledby="screening-heading">
      <div className="card-header">
        <h2 id="screening-heading">Screening</h2>
        {canConduct && !client.archivedAt && (
          <Link className="button primary" to={`/clients/${client.id}/screenings/new`}>
            Start screening
          </Link>
        )}
      </div>
      <EligibilityPanel clientId={client.id} />
      <ScreeningHistory clientId={client.id} />
      {canReadAnswers && <PatchTests clientId={client.id} />}
    </section>
  );
}
