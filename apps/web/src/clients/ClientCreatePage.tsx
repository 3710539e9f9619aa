import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { clientsApi } from '../api/clients';
import { afterClientChange } from '../data/invalidation';
import { ClientForm } from './ClientForm';

export function ClientCreatePage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <section className="page narrow">
      <header className="page-header">
        <h1>New client</h1>
      </header>
      <ClientForm
        submitLabel="Create client"
        onSave={async (values, confirmDuplicate) => {
          const client = await clientsApi.create(values, confirmDuplicate);
          void afterClientChange(queryClient, client);
          await navigate(`/clients/${client.id}`, { replace: true });
        }}
        onCancel={() => navigate(-1)}
      />
    </section>
  );
}
