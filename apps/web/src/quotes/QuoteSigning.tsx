import { quoteAcceptanceInputSchema, type Quote } from '@smp/contracts';
import { quotesApi } from '../api/quotes';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FormActions } from '../shared/FormActions';
import { SignedNameFields, useSignedNameForm } from '../shared/SignedNameFields';
import { QuoteDocument } from './QuoteDocument';
import './quotes.css';

interface QuoteSigningProps {
  quote: Quote;
  clientName: string;
  onAccepted: (quote: Quote) => void;
  onCancel: () => void;
}

/** The quote large enough for the client to read on the tablet, and their typed name and drawn signature accepting it. */
export function QuoteSigning({ quote, clientName, onAccepted, onCancel }: QuoteSigningProps) {
  const { form, formError, onSubmit } = useSignedNameForm(quoteAcceptanceInputSchema, async (acceptance) => onAccepted(await quotesApi.accept(quote.id, acceptance)));

  return (
    <form className="quote-signing" noValidate onSubmit={onSubmit} aria-labelledby="quote-signing-heading">
      <h2 id="quote-signing-heading">Your quote, {clientName}</h2>
      <p className="hint">Please read the quote. By signing you accept it, and the deposit it asks for before session 1.</p>
      <QuoteDocument quote={quote} large />
      <ErrorAlert message={formError} />
      <SignedNameFields form={form} idPrefix="quote-acceptance" nameLabel="Your full name" />
      <FormActions submitLabel="Accept the quote" busyLabel="Accepting…" submitting={form.formState.isSubmitting} onCancel={onCancel} />
    </form>
  );
}
