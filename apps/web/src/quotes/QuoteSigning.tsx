import { zodResolver } from '@hookform/resolvers/zod';
import { quoteAcceptanceInputSchema, type Quote } from '@smp/contracts';
import type { z } from 'zod';
import { quotesApi } from '../api/quotes';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { SignatureField } from '../shared/SignatureField';
import { useFormSave } from '../shared/use-form-save';
import { QuoteDocument } from './QuoteDocument';
import './quotes.css';

type Acceptance = z.input<typeof quoteAcceptanceInputSchema>;

interface QuoteSigningProps {
  quote: Quote;
  clientName: string;
  onAccepted: (quote: Quote) => void;
  onCancel: () => void;
}

/** The quote large enough for the client to read on the tablet, and their typed name and drawn signature accepting it. */
export function QuoteSigning({ quote, clientName, onAccepted, onCancel }: QuoteSigningProps) {
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useAppForm<Acceptance>({ resolver: zodResolver(quoteAcceptanceInputSchema), defaultValues: { signedName: '', signature: '' } });
  const field = fieldDescriber('quote-acceptance', errors);
  register('signature');
  const { formError, save } = useFormSave(setError, async (acceptance: Acceptance) => onAccepted(await quotesApi.accept(quote.id, acceptance)));

  return (
    <form className="quote-signing" noValidate onSubmit={handleSubmit(save)} aria-labelledby="quote-signing-heading">
      <h2 id="quote-signing-heading">Your quote, {clientName}</h2>
      <p className="hint">Please read the quote. By signing you accept it, and the deposit it asks for before session 1.</p>
      <QuoteDocument quote={quote} large />
      <ErrorAlert message={formError} />
      <Field label="Your full name" required {...field('signedName')}>
        <input {...register('signedName')} {...field('signedName').inputProps} autoComplete="off" />
      </Field>
      <SignatureField
        id="quote-acceptance-signature"
        message={errors.signature?.message}
        onChange={(signature) => setValue('signature', signature ?? '', { shouldValidate: Boolean(errors.signature) })}
      />
      <FormActions submitLabel="Accept the quote" busyLabel="Accepting…" submitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
