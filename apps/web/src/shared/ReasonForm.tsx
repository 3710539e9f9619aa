import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { Field } from './Field';
import { fieldDescriber, useAppForm } from './form';
import { useFormSave } from './use-form-save';

interface ReasonFormProps {
  /** Names the form for screen readers, e.g. "Cancel appointment". */
  title: string;
  /** The question the reason answers, e.g. "Why is it cancelled?". */
  label: string;
  placeholder: string;
  submitLabel: string;
  keepLabel: string;
  /** The contract's schema for the reason (how long it must be). */
  schema: z.ZodType<{ reason: string }, { reason: string }>;
  onSubmit: (reason: string) => Promise<void>;
  onKeep: () => void;
}

/**
 * An action that must say why: cancelling, or an owner setting a rule aside. The
 * reason stays on the record; a refusal shows above the reason, which is kept.
 */
export function ReasonForm({ title, label, placeholder, submitLabel, keepLabel, schema, onSubmit, onKeep }: ReasonFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<{ reason: string }>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });
  const field = fieldDescriber(title.toLowerCase().replaceAll(' ', '-'), errors);

  const { formError, save } = useFormSave(setError, async ({ reason }: { reason: string }) => {
    await onSubmit(reason);
  });

  return (
    <form className="alert warning reason-form" noValidate onSubmit={handleSubmit(save)} aria-label={title}>
      {formError && <p role="alert">{formError}</p>}
      <Field label={label} required {...field('reason')}>
        <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" autoFocus placeholder={placeholder} />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          {submitLabel}
        </button>
        <button type="button" className="button subtle" onClick={onKeep}>
          {keepLabel}
        </button>
      </div>
    </form>
  );
}
