import { Link, useNavigate, useParams } from 'react-router';
import { clientsApi } from '../api/clients';
import { fullName } from '../shared/format';
import { ClientForm } from './ClientForm';
import { ClientLoadMessage } from './ClientLoadMessage';
import { useClient } from './use-client';

export function ClientEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [load] = useClient(id);
  if (load.state !== 'loaded') return <ClientLoadMessage load={load} />;
  const { record: client } = load;
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
          await clientsApi.update(client.id, values, confirmDuplicate);
          navigate(`/clients/${client.id}`, { replace: true });
        }}
        onCancel={() => navigate(`/clients/${client.id}`)}
      />
    </section>
  );
}
