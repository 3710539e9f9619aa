import { zodResolver } from '@hookform/resolvers/zod';
import { CONTACT_CHANNELS, REFERRAL_SOURCES, SEXES, clientInputSchema, problemTypes, type Client, type ClientInput, type ClientInputParsed, type PossibleDuplicate } from '@smp/contracts';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiProblem } from '../api/http';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, placeSaveError, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { fullName } from '../shared/format';
import { contactChannelLabels, referralSourceLabels, sexLabels } from './labels';
import { formatPhone } from '../shared/phone';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';
import { FormActions } from '../shared/FormActions';

function clientToFormValues(client: Client | undefined): ClientInput {
  if (!client) {
    return { firstName: '', lastName: '', address: {} };
  }
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    dateOfBirth: client.dateOfBirth,
    sex: client.sex,
    phone: client.phone ? formatPhone(client.phone) : null,
    email: client.email,
    preferredContact: client.preferredContact,
    address: client.address,
    notes: client.notes,
    referralSource: client.referralSource,
    referralDetail: client.referralDetail,
  };
}

interface ClientFormProps {
  client?: Client;
  submitLabel: string;
  /** Saves the client; `confirmDuplicate` is true after staff chose "save anyway". */
  onSave: (values: ClientInputParsed, confirmDuplicate: boolean) => Promise<void>;
  onCancel: () => void;
}

/**
 * Create and edit share one form, validated by the same zod schema as the API.
 * The server's field errors land beside the same fields; a possible duplicate
 * is shown with links to the existing records and a way to save anyway.
 */
export function ClientForm({ client, submitLabel, onSave, onCancel }: ClientFormProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<ClientInput, unknown, ClientInputParsed>({
    resolver: zodResolver(clientInputSchema),
    defaultValues: clientToFormValues(client),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicates, setDuplicates] = useState<{ values: ClientInputParsed; matches: PossibleDuplicate[] } | null>(null);

  const save = async (values: ClientInputParsed, confirmDuplicate: boolean) => {
    setFormError(null);
    try {
      await onSave(values, confirmDuplicate);
    } catch (error) {
      if (error instanceof ApiProblem && error.problem.type === problemTypes.possibleDuplicate) {
        setDuplicates({ values, matches: (error.problem.duplicates as PossibleDuplicate[] | undefined) ?? [] });
        return;
      }
      setFormError(placeSaveError(error, setError));
    }
  };

  const field = fieldDescriber('client', errors);

  return (
    <form className="form" noValidate onSubmit={handleSubmit((values) => save(values, false))}>
      <ErrorAlert message={formError} />
      {duplicates && (
        <div className="alert warning" role="alert">
          <p>
            <strong>This may be a client you already have.</strong> The same {describeMatch(duplicates.matches)} belongs to:
          </p>
          <ul>
            {duplicates.matches.map((match) => (
              <li key={match.id}>
                <Link to={`/clients/${match.id}`}>{fullName(match)}</Link>
                {match.archived && <span className="tag">Archived</span>} — same {match.matchedOn.join(' and ')}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button" onClick={() => save(duplicates.values, true)} disabled={isSubmitting}>
              Different person: save anyway
            </button>
            <button type="button" className="button subtle" onClick={() => setDuplicates(null)}>
              Go back to the form
            </button>
          </div>
        </div>
      )}

      <fieldset>
        <legend>Person</legend>
        <div className="grid">
          <Field label="First name" required {...field('firstName')}>
            <input {...register('firstName')} {...field('firstName').inputProps} autoComplete="off" autoFocus />
          </Field>
          <Field label="Last name" required {...field('lastName')}>
            <input {...register('lastName')} {...field('lastName').inputProps} autoComplete="off" />
          </Field>
          <Field label="Date of birth" {...field('dateOfBirth')}>
            <FormDateInput control={control} name="dateOfBirth" optional {...field('dateOfBirth').inputProps} />
          </Field>
          <EnumSelectField label="Sex" {...field('sex')} registration={register('sex', optional)} values={SEXES} labels={sexLabels} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Contact</legend>
        <div className="grid">
          <Field label="Phone" {...field('phone')}>
            <input type="tel" {...register('phone', optional)} {...field('phone').inputProps} autoComplete="off" />
          </Field>
          <Field label="Email" {...field('email')}>
            <input type="email" {...register('email', optional)} {...field('email').inputProps} autoComplete="off" />
          </Field>
          <EnumSelectField
            label="Preferred contact"
            {...field('preferredContact')}
            registration={register('preferredContact', optional)}
            values={CONTACT_CHANNELS}
            labels={contactChannelLabels}
          />
        </div>
        <div className="grid">
          <Field label="Address" {...field('address.line1')}>
            <input {...register('address.line1', optional)} {...field('address.line1').inputProps} autoComplete="off" />
          </Field>
          <Field label="Address line 2" {...field('address.line2')}>
            <input {...register('address.line2', optional)} {...field('address.line2').inputProps} autoComplete="off" />
          </Field>
          <Field label="City" {...field('address.city')}>
            <input {...register('address.city', optional)} {...field('address.city').inputProps} autoComplete="off" />
          </Field>
          <Field label="State / region" {...field('address.region')}>
            <input {...register('address.region', optional)} {...field('address.region').inputProps} autoComplete="off" />
          </Field>
          <Field label="Postal code" {...field('address.postalCode')}>
            <input {...register('address.postalCode', optional)} {...field('address.postalCode').inputProps} autoComplete="off" />
          </Field>
          <Field label="Country" {...field('address.country')}>
            <input {...register('address.country', optional)} {...field('address.country').inputProps} autoComplete="off" />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>About</legend>
        <div className="grid">
          <EnumSelectField
            label="How they heard of us"
            {...field('referralSource')}
            registration={register('referralSource', optional)}
            values={REFERRAL_SOURCES}
            labels={referralSourceLabels}
          />
          <Field label="Referral details" {...field('referralDetail')}>
            <input {...register('referralDetail', optional)} {...field('referralDetail').inputProps} placeholder="Who referred them, which ad…" />
          </Field>
        </div>
        <Field label="Notes" {...field('notes')}>
          <textarea rows={4} {...register('notes', optional)} {...field('notes').inputProps} />
        </Field>
      </fieldset>

      <FormActions submitLabel={submitLabel} busyLabel="Saving…" submitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

function describeMatch(matches: PossibleDuplicate[]): string {
  const fields = new Set(matches.flatMap((match) => match.matchedOn));
  return [...fields].map((name) => (name === 'email' ? 'email address' : 'phone number')).join(' and ');
}
