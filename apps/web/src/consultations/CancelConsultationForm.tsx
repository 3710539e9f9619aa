import { zodResolver } from '@hookform/resolvers/zod';
import { consultationCancellationSchema } from '@smp/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError } from '../shared/form';

interface CancelConsultationFormProps {
  onCancelConsultation(reason: string): Promise<void>;
  onKeep(): void;
}

/** Cancelling keeps the consultation on record, with the reason. */
export function CancelConsultationForm({ onCancelConsultation, onKeep }: CancelConsultationFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ reason: string }>({ resolver: zodResolver(consultationCancellationSchema), defaultValues: { reason: '' } });
  const [formError, setFormError] = useState<string | null>(null);
  const field = fieldDescriber('cancel', errors);

  const save = async ({ reason }: { reason: string }) => {
    setFormError(null);
    try {
      await onCancelConsultation(reason);
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <form className="alert warning cancel-form" noValidate onSubmit={handleSubmit(save)} aria-label="Cancel consultation">
      {formError && <p role="alert">{formError}</p>}
      <Field label="Why is it cancelled?" required {...field('reason')}>
        <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" autoFocus placeholder="e.g. client rescheduling by phone" />
      </Field>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          Cancel consultation
        </button>
        <button type="button" className="button subtle" onClick={onKeep}>
          Keep it
        </button>
      </div>
    </form>
  );
}
