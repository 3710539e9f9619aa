import { zodResolver } from '@hookform/resolvers/zod';
import { addendumInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

type Addendum = z.infer<typeof addendumInputSchema>;

/** Something learnt after the session, with why it is added; the record itself stays as it was written. */
export function AddendumForm({ onAdd, onCancel }: { onAdd: (addendum: Addendum) => Promise<void>; onCancel: () => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<Addendum>({ resolver: zodResolver(addendumInputSchema), defaultValues: { text: '', reason: '' } });
  const field = fieldDescriber('addendum', errors);

  const { formError, save } = useFormSave(setError, async (addendum: Addendum) => {
    await onAdd(addendum);
  });

  return (
    <form className="alert info addendum-form" noValidate onSubmit={handleSubmit(save)} aria-label="Add addendum">
      {formError && <p role="alert">{formError}</p>}
      <Field label="Addendum" required {...field('text')}>
        <textarea rows={3} {...register('text')} {...field('text').inputProps} autoFocus placeholder="e.g. Client called on day 3: slight swelling at the crown, settled by day 5" />
      </Field>
      <Field label="Why it is added" required {...field('reason')}>
        <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" placeholder="e.g. follow-up call after the session" />
      </Field>
      <FormActions submitLabel="Add addendum" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
