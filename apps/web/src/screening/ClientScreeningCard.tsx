import type { Client } from '@smp/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../auth/use-can';
import { EligibilityPanel } from './EligibilityPanel';
import { PatchTests } from './PatchTests';
import { ScreeningHistory } from './ScreeningHistory';

/**
 * The client's screening area: eligibility today, the signed screenings and the
 * patch tests. A new patch test can change all three, so it reloads them.
 */
export function ClientScreeningCard({ client, onChange }: { client: Client; onChange(): void }) {
  const canConduct = useCan('screening.conduct');
  const canReadAnswers = useCan('screening.readAnswers');
  const [revision, setRevision] = useState(0);

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
      <EligibilityPanel clientId={client.id} revision={revision} />
      <ScreeningHistory clientId={client.id} revision={revision} />
      {canReadAnswers && (
        <PatchTests
          clientId={client.id}
          revision={revision}
          onRecorded={() => {
            setRevision(revision + 1);
            onChange();
          }}
        />
      )}
    </section>
  );
}
