import { zodResolver } from '@hookform/resolvers/zod';
import type { Invoice } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { invoicesApi } from '../api/invoices';
import { afterMoneyChange } from '../data/invalidation';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { asMinorUnits, formatMoney, toMajorUnits, minorUnitsPerMajor } from '../shared/money';
import { creditNoteFormSchema, creditNoteInput, type CreditNoteForm as CreditNoteValues } from './credit-note-form';
import './invoices.css';

interface CreditNoteFormProps {
  invoice: Invoice;
  onCancel: () => void;
}

/** An owner taking back some of an invoice: the lines ticked, how much of each, and why. The invoice itself never changes. */
export function CreditNoteForm({ invoice, onCancel }: CreditNoteFormProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { currency } = invoice;
  // A discount line takes money off already: only lines that charge something can be credited.
  const creditable = invoice.lines.filter((line) => line.totalMinor > 0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<CreditNoteValues>({
    resolver: zodResolver(creditNoteFormSchema),
    defaultValues: { reason: '', lines: creditable.map((line) => ({ selected: false, lineNumber: line.lineNumber })) },
  });
  const field = fieldDescriber('credit-note', errors);
  const [formError, setFormError] = useState<string | null>(null);
  const save = async (form: CreditNoteValues) => {
    setFormError(null);
    const { input, formFields } = creditNoteInput(form);
    try {
      const creditNote = await invoicesApi.creditNote(invoice.id, input);
      void afterMoneyChange(queryClient);
      void navigate(`/invoices/${creditNote.id}`);
    } catch (error) {
      // The API numbers the ticked lines only; each error goes back to its line on the form.
      setFormError(placeSaveError(error, setError, formFields));
    }
  };

  return (
    <form className="form credit-note-form" noValidate onSubmit={handleSubmit(save)} aria-label="Issue credit note">
      <fieldset>
        <legend>Issue a credit note for {invoice.number}</legend>
        <ErrorAlert message={formError} />
        <p className="hint">Tick the lines taken back and how much of each (tax included). The invoice stays as it was issued.</p>
        {errors.lines?.root?.message && (
          <p className="field-error" role="alert">
            {errors.lines.root.message}
          </p>
        )}
        <ul className="credit-lines">
          {creditable.map((line, index) => (
            <li key={line.lineNumber}>
              <label className="checkbox">
                <input type="checkbox" {...register(`lines.${index}.selected`)} />
                {line.description} ({formatMoney(line.totalMinor, currency)})
              </label>
              <Field label={`Credit (${currency})`} {...field(`lines.${index}.totalMinor`)}>
                <input
                  type="number"
                  inputMode="decimal"
                  min={0}
                  step={1 / minorUnitsPerMajor(currency)}
                  className="short"
                  // Not in the default values, which hold minor units: the field reads this as it registers.
                  defaultValue={toMajorUnits(line.totalMinor, currency)}
                  {...register(`lines.${index}.totalMinor`, asMinorUnits(currency))}
                  {...field(`lines.${index}.totalMinor`).inputProps}
                />
              </Field>
            </li>
          ))}
        </ul>
        <Field label="Why is it credited?" required {...field('reason')}>
          <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" placeholder="e.g. session 3 not needed" />
        </Field>
        <FormActions submitLabel="Issue credit note" busyLabel="Issuing…" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
