import type { Client } from '@smp/contracts';
import { clientsApi } from '../api/clients';
import { useCan } from '../auth/use-can';

/** For owners answering a client's request for everything the clinic holds about them. */
export function ClientRecordDownload({ client }: { client: Client }) {
  if (!useCan('clients.exportRecord')) return null;
  return (
    <section className="card" aria-labelledby="client-record-download">
      <h2 id="client-record-download">Full record</h2>
      <p>
        One zip file with everything held about this client: a readable summary, the data as JSON, their photos and signed documents. Use it when a client asks for their record. Each
        download is on the audit trail.
      </p>
      <a className="button" href={clientsApi.recordArchiveUrl(client.id)} download>
        Download the client’s full record
      </a>
    </section>
  );
}
