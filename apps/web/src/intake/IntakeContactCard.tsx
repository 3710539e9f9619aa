import type { Client, Intake } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clientsApi } from '../api/clients';
import { useCan } from '../auth/use-can';
import { contactChannelLabels } from '../clients/labels';
import { afterClientChange } from '../data/invalidation';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDate } from '../shared/format';
import { formatPhone } from '../shared/phone';
import { addressLine, contactDifferences, type ContactField } from './contact-differences';

const fieldLabels: Record<ContactField, string> = { phone: 'Phone', preferredContact: 'Contact by', dateOfBirth: 'Date of birth', address: 'Address' };

function shown(field: ContactField, value: Client[ContactField] | Intake['contact'][ContactField]): string {
  if (value === null) return '—';
  if (field === 'phone') return formatPhone(value as string);
  if (field === 'preferredContact') return contactChannelLabels[value as Client['preferredContact'] & string];
  if (field === 'dateOfBirth') return formatDate(value as string);
  return addressLine(value as Intake['contact']['address']) || '—';
}

/** The contact details the client gave beside their record; staff bring the record in line with one click, audited as any change. */
export function IntakeContactCard({ intake, client }: { intake: Intake; client: Client }) {
  const canUpdate = useCan('clients.write') && !client.archivedAt;
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const differences = contactDifferences(intake.contact, client);
  const changed = Object.keys(differences) as ContactField[];

  const update = async () => {
    setSaving(true);
    setError(null);
    try {
      await afterClientChange(queryClient, await clientsApi.update(client.id, differences));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not update the record');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="intake-contact-heading">
      <h2 id="intake-contact-heading">Contact details</h2>
      {changed.length === 0 ? (
        <p className="muted">The same as the client’s record.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Contact details that differ">
            <thead>
              <tr>
                <th scope="col">Detail</th>
                <th scope="col">On record</th>
                <th scope="col">The client gave</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((field) => (
                <tr key={field}>
                  <th scope="row">{fieldLabels[field]}</th>
                  <td>{shown(field, client[field])}</td>
                  <td>{shown(field, differences[field] ?? null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert message={error} />
      {canUpdate && changed.length > 0 && (
        <button type="button" className="button small" onClick={() => void update()} disabled={saving}>
          {saving ? 'Updating…' : 'Update the client’s record'}
        </button>
      )}
    </section>
  );
}
