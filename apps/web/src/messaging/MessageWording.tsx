import { zodResolver } from '@hookform/resolvers/zod';
import { MESSAGE_KINDS, messageWordingInputSchema, type MessageKind, type MessageTemplate, type MessageTemplatePreview, type MessageWordingInput } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { messageTemplatesApi } from '../api/messaging';
import { queryKeys } from '../data/query-keys';
import { ClientPicker, type PickedClient } from '../scheduling/ClientPicker';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { QueryMessage } from '../shared/QueryMessage';
import { messageKindLabels } from './labels';

/** Owners word each kind of message; a preview shows it with a real client's data. */
export function MessageWording() {
  const query = useQuery({ queryKey: queryKeys.messageTemplates, queryFn: ({ signal }) => messageTemplatesApi.list(signal) });
  const [kind, setKind] = useState<MessageKind>('booking_confirmation');
  const template = query.data?.find((candidate) => candidate.kind === kind);
  return (
    <div className="narrow-section">
      <p className="hint">
        When reminders go, the quiet hours and how early preparation advice goes are in the <Link to="/settings">clinic settings</Link>.
      </p>
      <div className="field">
        <label htmlFor="message-kind">Message</label>
        <select id="message-kind" value={kind} onChange={(event) => setKind(event.target.value as MessageKind)}>
          <EnumOptions values={MESSAGE_KINDS} labels={messageKindLabels} />
        </select>
      </div>
      {template ? <TemplateForm key={`${kind}:${template.updatedAt ?? 'default'}`} template={template} /> : <QueryMessage query={query} />}
    </div>
  );
}

function TemplateForm({ template }: { template: MessageTemplate }) {
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    watch,
    formState: { errors, isSubmitting, isDirty },
  } = useAppForm<MessageWordingInput, unknown, z.output<typeof messageWordingInputSchema>>({
    resolver: zodResolver(messageWordingInputSchema),
    defaultValues: { subject: template.subject, body: template.body, smsBody: template.smsBody },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [client, setClient] = useState<PickedClient | null>(null);
  const [preview, setPreview] = useState<MessageTemplatePreview | null>(null);
  const field = fieldDescriber('template', errors);

  const store = (saved: MessageTemplate) =>
    queryClient.setQueryData<MessageTemplate[]>(queryKeys.messageTemplates, (templates) => templates?.map((candidate) => (candidate.kind === saved.kind ? saved : candidate)));
  const attempt = async (action: () => Promise<void>) => {
    setFormError(null);
    try {
      await action();
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit((wording) => attempt(async () => void store(await messageTemplatesApi.update(template.kind, wording))))}>
      <ErrorAlert message={formError} />
      <p className="hint">{template.isDefault ? 'The default wording.' : 'The clinic’s own wording.'} Messages not yet sent use what is saved here.</p>
      <Field label="Subject" required {...field('subject')}>
        <input {...register('subject')} {...field('subject').inputProps} autoComplete="off" />
      </Field>
      <Field label="Email" required {...field('body')}>
        <textarea rows={12} {...register('body')} {...field('body').inputProps} />
      </Field>
      <Field label={`Text message (${watch('smsBody').length} characters before values)`} required {...field('smsBody')}>
        <textarea rows={4} {...register('smsBody')} {...field('smsBody').inputProps} />
      </Field>
      <details>
        <summary>Values it may use</summary>
        <ul className="plain-list" aria-label="Placeholders">
          {template.placeholders.map((placeholder) => (
            <li key={placeholder.name}>
              <span>
                <code>{`{{${placeholder.name}}}`}</code> {placeholder.description}
              </span>
            </li>
          ))}
        </ul>
      </details>
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? 'Saving…' : 'Save wording'}
        </button>
        {!template.isDefault && (
          <button type="button" className="button subtle" onClick={() => void attempt(async () => void store(await messageTemplatesApi.reset(template.kind)))}>
            Back to the default
          </button>
        )}
      </div>

      <fieldset>
        <legend>Preview</legend>
        <Field label="With the data of" id="template-preview-client" message={undefined}>
          <ClientPicker id="template-preview-client" client={client} onPick={setClient} inputProps={{ 'aria-invalid': undefined, 'aria-describedby': undefined }} />
        </Field>
        <button
          type="button"
          className="button"
          disabled={!client}
          onClick={() => void attempt(async () => setPreview(await messageTemplatesApi.preview(template.kind, { ...getValues(), clientId: client!.id })))}
        >
          Preview
        </button>
        {preview && (
          <div className="message-preview" aria-label="Preview">
            <p>
              <strong>{preview.subject}</strong>
            </p>
            <p className="notes">{preview.text}</p>
            <p className="notes">
              <strong>Text message:</strong> {preview.sms}
            </p>
            {preview.exampleValues.length > 0 && <p className="hint">Example values, as the client has no data for them: {preview.exampleValues.map((name) => `{{${name}}}`).join(', ')}</p>}
          </div>
        )}
      </fieldset>
    </form>
  );
}
