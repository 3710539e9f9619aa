import { zodResolver } from '@hookform/resolvers/zod';
import { addSessionSchema } from '@smp/contracts';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

type AddSession = z.infer<typeof addSessionSchema>;

interface AddSessionFormProps {
  kind: AddSession['kind'];
  /** What the session costs, in words: included in the plan, or the price list's touch-up price. */
  priceNote: string;
  onAdd: (shade: string) => Promise<void>;
  onCancel: () => void;
}

/** The optional third session or a paid touch-up: only its shade is asked for. */
export function AddSessionForm({ kind, priceNote, onAdd, onCancel }: AddSessionFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<AddSession>({ resolver: zodResolver(addSessionSchema), defaultValues: { kind, shade: '' } });
  const field = fieldDescriber(`add-${kind}`, errors);
  const title = kind === 'included' ? 'Add third session' : 'Add paid touch-up';

  const { formError, save } = useFormSave(setError, async ({ shade }: AddSession) => {
    await onAdd(shade);
  });

  return (
    <form className="alert info inline-form" noValidate onSubmit={handleSubmit(save)} aria-label={title}>
      {formError && <p role="alert">{formError}</p>}
      <Field label="Shade" required {...field('shade')}>
        <input {...register('shade')} {...field('shade').inputProps} autoComplete="off" autoFocus placeholder="e.g. Soft black, denser" />
      </Field>
      <span className="muted">{priceNote}</span>
      <FormActions submitLabel={title} submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
