import type { OnlineClient } from '@smp/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { onlineClientsApi } from '../api/online-booking';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatInstant, fullName } from '../shared/format';
import { formatPhone } from '../shared/phone';
import { failureMessage } from '../shared/QueryMessage';

/**
 * Clients that booked online with an email no client had: reception checks each
 * (a duplicate of a client under another email is archived instead) and confirms
 * them. Shown only while there are some.
 */
export function OnlineClientsSection() {
  const query = useQuery({ queryKey: queryKeys.onlineClients, queryFn: () => onlineClientsApi.list() });
  const clients = query.data?.items ?? [];
  if (query.error) return <ErrorAlert message={failureMessage(query.error, 'Could not load the new online clients')} />;
  if (clients.length === 0) return null;
  return (
    <section className="card today-section" aria-labelledby="today-online-clients">
      <h2 id="today-online-clients">New online clients</h2>
      <p className="muted">Booked online with an email no client had. Check each is not someone you know under another email, then confirm.</p>
      <ul className="today-list">
        {clients.map((client) => (
          <OnlineClientItem key={client.id} client={client} />
        ))}
      </ul>
    </section>
  );
}

function OnlineClientItem({ client }: { client: OnlineClient }) {
  const { timeZone } = useClinic();
  const canConfirm = useCan('clients.write');
  const queryClient = useQueryClient();
  const confirm = useMutation({
    mutationFn: () => onlineClientsApi.confirm(client.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.onlineClients }),
  });
  return (
    <li className="today-item untimed">
      <div className="today-what">
        <Link to={`/clients/${client.id}`}>{fullName(client)}</Link>
        <div className="muted">
          {[client.email, client.phone && formatPhone(client.phone)].filter(Boolean).join(' · ')} · since {formatInstant(client.onlineSince, timeZone)}
        </div>
        <ErrorAlert message={confirm.error ? failureMessage(confirm.error, 'Could not confirm; try again') : null} />
      </div>
      {canConfirm && (
        <div className="today-actions">
          <button type="button" className="button small" disabled={confirm.isPending} onClick={() => confirm.mutate()} aria-label={`Confirm ${fullName(client)}`}>
            Confirm
          </button>
        </div>
      )}
    </li>
  );
}
