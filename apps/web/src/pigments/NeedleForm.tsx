import { zodResolver } from '@hookform/resolvers/zod';
import { needleInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import type { NeedleInput } from '../api/catalogue';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

interface NeedleFormProps {
  onAdd: (needle: z.output<typeof needleInputSchema>) => Promise<void>;
  onCancel: () => void;
}

/** A needle for the catalogue: configuration and gauge, as recorded on every session. */
export function NeedleForm({ onAdd, onCancel }: NeedleFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<NeedleInput, unknown, z.output<typeof needleInputSchema>>({
    resolver: zodResolver(needleInputSchema),
    defaultValues: { configuration: '', gauge: '', brand: null },
  });
  const field = fieldDescriber('needle', errors);

  const { formError, save } = useFormSave(setError, async (needle: z.output<typeof needleInputSchema>) => {
    await onAdd(needle);
  });

  return (
    <form className="alert info inline-form" noValidate onSubmit={handleSubmit(save)} aria-label="Add a needle">
      {formError && <p role="alert">{formError}</p>}
      <Field label="Configuration" required {...field('configuration')}>
        <input {...register('configuration')} {...field('configuration').inputProps} autoComplete="off" autoFocus placeholder="e.g. 3-point" />
      </Field>
      <Field label="Gauge" required {...field('gauge')}>
        <input {...register('gauge')} {...field('gauge').inputProps} autoComplete="off" placeholder="e.g. 0.30 mm" />
      </Field>
      <Field label="Brand" {...field('brand')}>
        <input {...register('brand', optional)} {...field('brand').inputProps} autoComplete="off" />
      </Field>
      <FormActions submitLabel="Add needle" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
