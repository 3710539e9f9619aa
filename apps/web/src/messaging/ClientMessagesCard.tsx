import { zodResolver } from '@hookform/resolvers/zod';
import { MESSAGE_PURPOSES, STAFF_CONSENT_METHODS, messageConsentInputSchema, type Client, type MessageConsent, type MessageConsentInput } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import type { z } from 'zod';
import { messageConsentsApi } from '../api/messaging';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { EnumSelectField } from '../shared/EnumSelectField';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, placeSaveError, useAppForm } from '../shared/form';
import { formatInstant } from '../shared/format';
import { failureMessage } from '../shared/QueryMessage';
import { ClientMessageList } from './ClientMessageList';
import { consentMethodLabels, purposeLabels } from './labels';

const answerLabels = { true: 'Agrees', false: 'Does not agree' } as const;
const asAnswer = { setValueAs: (value: unknown) => (value === 'true' ? true : value === 'false' ? false : undefined) };

/** Who said so, how and when: "By phone, Rachel Kim, Fri 4 Dec 10:00". */
function consentInWords(consent: MessageConsent, timeZone: string): string {
  return [consentMethodLabels[consent.method], consent.recordedBy?.name ?? 'the client', formatInstant(consent.recordedAt, timeZone)].join(', ');
}

/** Whether the client may get care and marketing messages, on whose word, a form to record a new answer, and the messages themselves. */
export function ClientMessagesCard({ client, view }: { client: Client; view: string }) {
  const clinic = useClinic();
  const queryClient = useQueryClient();
  const canRecord = useCan('clients.write') && !client.archivedAt;
  const queryKey = queryKeys.messagePreferences.ofClient(client.id);
  const query = useQuery({ queryKey, queryFn: ({ signal }) => messageConsentsApi.preferences(client.id, view, signal) });
  const [recording, setRecording] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useAppForm<MessageConsentInput, unknown, z.output<typeof messageConsentInputSchema>>({ resolver: zodResolver(messageConsentInputSchema) });
  const [formError, setFormError] = useState<string | null>(null);
  const field = fieldDescriber('consent', errors);
  const preferences = query.data;

  const save = async (input: MessageConsentInput) => {
    setFormError(null);
    try {
      queryClient.setQueryData(queryKey, await messageConsentsApi.record(client.id, input));
      reset();
      setRecording(false);
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <section className="card" aria-labelledby="messages-heading">
      <h2 id="messages-heading">Messages</h2>
      {query.error && <p className="alert error">{failureMessage(query.error, 'Could not load the message preferences')}</p>}
      {preferences && (
        <dl className="details">
          {MESSAGE_PURPOSES.map((purpose) => {
            const { allowed, latest } = preferences[purpose];
            return (
              <Fragment key={purpose}>
                <dt>{purposeLabels[purpose]}</dt>
                <dd>
                  {allowed ? 'Yes' : 'No'}
                  <br />
                  <span className="muted">{latest ? consentInWords(latest, clinic.timeZone) : purpose === 'care' ? 'Sent unless the client says no' : 'Never asked: not sent'}</span>
                </dd>
              </Fragment>
            );
          })}
        </dl>
      )}
      {preferences && preferences.history.length > 1 && (
        <details>
          <summary>Earlier answers ({preferences.history.length - 1})</summary>
          <ul className="plain-list">
            {preferences.history.slice(1).map((consent) => (
              <li key={consent.id}>
                <span>
                  {purposeLabels[consent.purpose]}: {consent.granted ? 'yes' : 'no'} — {consentInWords(consent, clinic.timeZone)}
                  {consent.note && ` (${consent.note})`}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {canRecord && !recording && (
        <button type="button" className="button subtle" onClick={() => setRecording(true)}>
          Record an answer
        </button>
      )}
      {canRecord && recording && (
        <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Record an answer about messages">
          <ErrorAlert message={formError} />
          <EnumSelectField label="Messages" required {...field('purpose')} registration={register('purpose')} values={MESSAGE_PURPOSES} labels={purposeLabels} />
          <EnumSelectField label="Answer" required {...field('granted')} registration={register('granted', asAnswer)} values={['true', 'false'] as const} labels={answerLabels} />
          <EnumSelectField label="How they told us" required {...field('method')} registration={register('method')} values={STAFF_CONSENT_METHODS} labels={consentMethodLabels} />
          <Field label="Note" {...field('note')}>
            <input {...register('note', optional)} {...field('note').inputProps} autoComplete="off" />
          </Field>
          <div className="actions">
            <button type="submit" className="button primary" disabled={isSubmitting}>
              {isSubmitting ? 'Saving…' : 'Save answer'}
            </button>
            <button type="button" className="button subtle" onClick={() => setRecording(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <ClientMessageList clientId={client.id} view={view} />
    </section>
  );
}
