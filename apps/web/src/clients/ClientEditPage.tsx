import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { clientsApi } from '../api/clients';
import { fullName } from '../shared/format';
import { ClientForm } from './ClientForm';
import { ClientQueryMessage, useClientQuery } from '../data/client-query';
import { afterClientChange } from '../data/invalidation';

export function ClientEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const clientQuery = useClientQuery(id);
  if (!clientQuery.data) return <ClientQueryMessage query={clientQuery} />;
  const client = clientQuery.data;
  if (client.archivedAt) {
    return (
      <section className="page narrow">
        <p className="alert warning">
          {fullName(client)} is archived. <Link to={`/clients/${client.id}`}>Restore the client</Link> before changing their record.
        </p>
      </section>
    );
  }
  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>Edit {fullName(client)}</h1>
      </header>
      <ClientForm
        client={client}
        submitLabel="Save changes"
        onSave={async (values, confirmDuplicate) => {
          void afterClientChange(queryClient, await clientsApi.update(client.id, values, confirmDuplicate));
          await navigate(`/clients/${client.id}`, { replace: true });
        }}
        onCancel={() => navigate(`/clients/${client.id}`)}
      />
    </section>
  );
}
