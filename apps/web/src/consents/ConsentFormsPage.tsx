import { zodResolver } from '@hookform/resolvers/zod';
import { CONSENT_KIND_NAMES, CONSENT_KINDS, consentTemplateInputSchema, type ConsentKind, type ConsentTemplate, type ConsentTemplateInput } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { consentsApi } from '../api/consents';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { FormActions } from '../shared/FormActions';
import { fieldDescriber, useAppForm } from '../shared/form';
import { formatInstant } from '../shared/format';
import { failureMessage } from '../shared/QueryMessage';
import { useFormSave } from '../shared/use-form-save';
import './consents.css';

/**
 * Settings → Consent forms: each kind's version in force, and a new version
 * written from it. Versions are never edited: clients who signed an earlier one
 * sign the new one (before session 1, or at their next visit once treated).
 */
export function ConsentFormsPage() {
  const query = useQuery({ queryKey: queryKeys.consentForms, queryFn: ({ signal }) => consentsApi.templates(signal) });
  const [writing, setWriting] = useState<ConsentKind | null>(null);

  return (
    <section className="page">
      <header className="page-header">
        <h1>Consent forms</h1>
      </header>
      <p className="hint">Clients sign the version in force of each form on the clinic’s tablet, from their page. A change of wording is published as the next version.</p>
      <ErrorAlert message={query.error ? failureMessage(query.error, 'Could not load the consent forms') : null} />
      {query.data &&
        CONSENT_KINDS.map((kind) => {
          const versions = query.data.items.filter((form) => form.kind === kind);
          return (
            <ConsentFormCard
              key={kind}
              kind={kind}
              current={versions[0] ?? null}
              earlier={versions.length - 1}
              writing={writing === kind}
              onWrite={() => setWriting(kind)}
              onDone={() => setWriting(null)}
            />
          );
        })}
    </section>
  );
}

interface ConsentFormCardProps {
  kind: ConsentKind;
  current: ConsentTemplate | null;
  earlier: number;
  writing: boolean;
  onWrite: () => void;
  onDone: () => void;
}

function ConsentFormCard({ kind, current, earlier, writing, onWrite, onDone }: ConsentFormCardProps) {
  const { timeZone } = useClinic();
  const headingId = `consent-form-${kind}`;
  return (
    <section className="card wide consent-form-card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{CONSENT_KIND_NAMES[kind]}</h2>
        {!writing && (
          <button type="button" className="button" onClick={onWrite}>
            {current ? 'Publish a new version' : 'Publish the form'}
          </button>
        )}
      </div>
      {current ? (
        <>
          <p className="muted">
            Version {current.version} in force, published by {current.publishedBy.name} on {formatInstant(current.publishedAt, timeZone)}
            {earlier > 0 && ` · ${earlier} earlier ${earlier === 1 ? 'version' : 'versions'} kept as signed`}
          </p>
          {!writing && (
            <>
              <h3>{current.title}</h3>
              <div className="consent-text">{current.body}</div>
            </>
          )}
        </>
      ) : (
        <p className="empty">{kind === 'treatment' ? 'No treatment consent form is published: until one is, session 1 cannot be booked.' : 'Not published.'}</p>
      )}
      {writing && <NewVersionForm kind={kind} current={current} onDone={onDone} />}
    </section>
  );
}

function NewVersionForm({ kind, current, onDone }: { kind: ConsentKind; current: ConsentTemplate | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<ConsentTemplateInput>({ resolver: zodResolver(consentTemplateInputSchema), defaultValues: { kind, title: current?.title ?? '', body: current?.body ?? '' } });
  const field = fieldDescriber(`consent-form-${kind}`, errors);
  const { formError, save } = useFormSave(setError, async (form: ConsentTemplateInput) => {
    await consentsApi.publish(form);
    // Every client's standing with the form may have changed.
    await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.consentForms }), queryClient.invalidateQueries({ queryKey: ['consents'] })]);
    onDone();
  });

  return (
    <form noValidate onSubmit={handleSubmit(save)} aria-label={`New version of the ${CONSENT_KIND_NAMES[kind].toLowerCase()}`}>
      <ErrorAlert message={formError} />
      <Field label="Title" required {...field('title')}>
        <input {...register('title')} {...field('title').inputProps} autoComplete="off" />
      </Field>
      <Field label="Text the client reads" required {...field('body')}>
        <textarea {...register('body')} {...field('body').inputProps} />
      </Field>
      <FormActions submitLabel={current ? `Publish version ${current.version + 1}` : 'Publish version 1'} busyLabel="Publishing…" submitting={isSubmitting} onCancel={onDone} />
    </form>
  );
}
