import type { Client } from '@smp/contracts';
import { useCan } from '../auth/use-can';
import { ClientIntakes } from './ClientIntakes';
import { EligibilityPanel } from './EligibilityPanel';
import { PatchTests } from './PatchTests';
import { ScreeningHistory } from './ScreeningHistory';

/**
 * The client's screening area: eligibility today with the next step, the signed
 * screenings and the patch tests. A new patch test can change all three (see afterScreeningChange).
 */
export function ClientScreeningCard({ client, onBookConsultation }: { client: Client; onBookConsultation?: () => void }) {
  const canReadAnswers = useCan('screening.readAnswers');

  return (
    <section className="card wide" id="screening" aria-labelledby="screening-heading">
      <h2 id="screening-heading">Screening</h2>
      <EligibilityPanel client={client} onBookConsultation={onBookConsultation} />
      <ClientIntakes clientId={client.id} />
      <ScreeningHistory clientId={client.id} />
      {canReadAnswers && <PatchTests clientId={client.id} />}
    </section>
  );
}
