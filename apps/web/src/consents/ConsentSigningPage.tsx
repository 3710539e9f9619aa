import { CONSENT_KIND_NAMES, CONSENT_KINDS, consentSignatureInputSchema, DECLINABLE_CONSENT_KINDS, type ConsentKind } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { consentsApi } from '../api/consents';
import { ClientQueryMessage, useClientQuery } from '../data/client-query';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FormActions } from '../shared/FormActions';
import { failureMessage } from '../shared/QueryMessage';
import { fullName } from '../shared/format';
import { SignedNameFields, useSignedNameForm } from '../shared/SignedNameFields';
import './consents.css';

const signedNameSchema = consentSignatureInputSchema.pick({ signedName: true, signature: true });

const isConsentKind = (kind: string | undefined): kind is ConsentKind => CONSENT_KINDS.includes(kind as ConsentKind);

/**
 * One consent form on the clinic's tablet, large enough for the client to read:
 * the version in force, their typed name and drawn signature (and, for photo and
 * marketing consent, whether they agree), witnessed by the staff member signed in.
 */
export function ConsentSigningPage() {
  const { id = '', kind } = useParams();
  const clientQuery = useClientQuery(id);
  const consents = useQuery({ queryKey: queryKeys.consents(id), queryFn: ({ signal }) => consentsApi.ofClient(id, signal) });
  if (!clientQuery.data) return <ClientQueryMessage query={clientQuery} />;
  const client = clientQuery.data;
  const form = isConsentKind(kind) ? consents.data?.forms.find((candidate) => candidate.kind === kind) : undefined;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${client.id}`}>{fullName(client)}</Link> /
      </p>
      <ErrorAlert message={consents.error ? failureMessage(consents.error, 'Could not load the consent forms') : null} />
      {consents.data && !form && <p className="page-message">There is no such consent form.</p>}
      {form && !form.current && <p className="page-message">No {CONSENT_KIND_NAMES[form.kind].toLowerCase()} form is published: an owner publishes one under Settings → Consent forms.</p>}
      {form?.current && <ConsentSigning clientId={client.id} clientName={fullName(client)} form={{ ...form.current, kind: form.kind }} />}
    </section>
  );
}

interface ConsentSigningProps {
  clientId: string;
  clientName: string;
  form: { id: string; kind: ConsentKind; version: number; title: string; body: string };
}

function ConsentSigning({ clientId, clientName, form }: ConsentSigningProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const declinable = DECLINABLE_CONSENT_KINDS.includes(form.kind);
  // Photo and marketing consent are a choice the client makes, never a default.
  const [granted, setGranted] = useState<boolean | null>(declinable ? null : true);
  const [choiceMissing, setChoiceMissing] = useState(false);
  const backToClient = () => navigate(`/clients/${clientId}#consents`);
  const {
    form: signedName,
    formError,
    onSubmit,
  } = useSignedNameForm(signedNameSchema, async (signed) => {
    if (granted === null) {
      setChoiceMissing(true);
      return;
    }
    const consents = await consentsApi.sign(clientId, { templateId: form.id, granted, ...signed });
    queryClient.setQueryData(queryKeys.consents(clientId), consents);
    // Treatment consent decides whether session 1 may be booked.
    await queryClient.invalidateQueries({ queryKey: queryKeys.eligibility(clientId) });
    await backToClient();
  });

  return (
    <form
      className="consent-signing"
      noValidate
      onSubmit={(event) => {
        // The choice is asked beside the name and signature, so every missing part shows at once.
        if (granted === null) setChoiceMissing(true);
        return onSubmit(event);
      }}
      aria-labelledby="consent-signing-heading"
    >
      <header className="page-header">
        <h1 id="consent-signing-heading">{form.title}</h1>
        <span className="muted">
          {CONSENT_KIND_NAMES[form.kind]} · version {form.version}
        </span>
      </header>
      <p className="hint">{clientName}, please read the form. Your signature below is kept with this version of it.</p>
      <div className="consent-text">{form.body}</div>
      {declinable && (
        <fieldset className={choiceMissing ? 'consent-choice field invalid' : 'consent-choice'} aria-describedby={choiceMissing ? 'consent-choice-error' : undefined}>
          <legend>Your choice</legend>
          {[
            { value: true, label: 'I agree' },
            { value: false, label: 'I do not agree' },
          ].map((choice) => (
            <label key={choice.label}>
              <input
                type="radio"
                name="granted"
                checked={granted === choice.value}
                onChange={() => {
                  setGranted(choice.value);
                  setChoiceMissing(false);
                }}
              />
              {choice.label}
            </label>
          ))}
          {choiceMissing && (
            <p className="field-error" id="consent-choice-error">
              Agree or decline
            </p>
          )}
        </fieldset>
      )}
      <ErrorAlert message={formError} />
      <SignedNameFields form={signedName} idPrefix="consent" nameLabel="Your full name" />
      <FormActions submitLabel="Sign the form" busyLabel="Signing…" submitting={signedName.formState.isSubmitting} onCancel={() => void backToClient()} />
    </form>
  );
}
