import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Field } from './Field';
import { fieldDescriber, useAppForm } from './form';
import { FormDateInput } from './FormDateInput';
import { FormActions } from './FormActions';
import { ErrorAlert } from './ErrorAlert';
import { useFormSave } from './use-form-save';

export interface OverrideUntil {
  reason: string;
  validUntil: string;
}

interface OverrideUntilFormProps {
  legend: string;
  /** The clinic's today: the first day the override may end, and the one offered. */
  today: string;
  reasonLabel: string;
  submitLabel: string;
  /** The contract's schema: how long the reason must be, which days may end it. */
  schema: z.ZodType<OverrideUntil, OverrideUntil>;
  onSubmit: (input: OverrideUntil) => Promise<void>;
  onCancel: () => void;
}

/** An owner sets a rule aside: in writing, kept in the audit trail, and only until a day. */
export function OverrideUntilForm({ legend, today, reasonLabel, submitLabel, schema, onSubmit, onCancel }: OverrideUntilFormProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<OverrideUntil>({ resolver: zodResolver(schema), defaultValues: { reason: '', validUntil: today } });
  const field = fieldDescriber('override', errors);
  const { formError, save } = useFormSave(setError, onSubmit);

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label={legend}>
      <fieldset>
        <legend>{legend}</legend>
        <ErrorAlert message={formError} />
        <p className="hint">The reason is kept with the record and in the audit trail.</p>
        <Field label={reasonLabel} required {...field('reason')}>
          <textarea rows={3} {...register('reason')} {...field('reason').inputProps} autoFocus />
        </Field>
        <Field label="Valid until" required {...field('validUntil')}>
          <FormDateInput control={control} name="validUntil" min={today} {...field('validUntil').inputProps} />
        </Field>
        <FormActions submitLabel={submitLabel} busyLabel="Saving…" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
