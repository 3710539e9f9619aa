import { zodResolver } from '@hookform/resolvers/zod';
import { lotInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import type { LotInput } from '../api/catalogue';
import { useClinic } from '../clinic/clinic-context';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { todayIn } from '../shared/zoned-time';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

interface LotFormProps {
  /** What the lot is of, e.g. "Jet Black": names the form. */
  itemName: string;
  onAdd: (lot: z.output<typeof lotInputSchema>) => Promise<void>;
  onCancel: () => void;
}

/** Receiving a lot of a pigment or needle: its number (for recalls), dates and how many came. */
export function LotForm({ itemName, onAdd, onCancel }: LotFormProps) {
  const { timeZone } = useClinic();
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<LotInput, unknown, z.output<typeof lotInputSchema>>({
    resolver: zodResolver(lotInputSchema),
    defaultValues: { lotNumber: '', receivedOn: todayIn(timeZone), expiresOn: '', quantity: 1 },
  });
  const field = fieldDescriber('lot', errors);

  const { formError, save } = useFormSave(setError, async (lot: z.output<typeof lotInputSchema>) => {
    await onAdd(lot);
  });

  return (
    <form className="alert info inline-form" noValidate onSubmit={handleSubmit(save)} aria-label={`Add a lot of ${itemName}`}>
      {formError && <p role="alert">{formError}</p>}
      <Field label="Lot number" required {...field('lotNumber')}>
        <input {...register('lotNumber')} {...field('lotNumber').inputProps} autoComplete="off" autoFocus />
      </Field>
      <Field label="Received" required {...field('receivedOn')}>
        <FormDateInput control={control} name="receivedOn" {...field('receivedOn').inputProps} />
      </Field>
      <Field label="Expires" required {...field('expiresOn')}>
        <FormDateInput control={control} name="expiresOn" {...field('expiresOn').inputProps} />
      </Field>
      <Field label="Quantity" required {...field('quantity')}>
        <input type="number" min={0} className="short" {...register('quantity', { valueAsNumber: true })} {...field('quantity').inputProps} />
      </Field>
      <FormActions submitLabel="Add lot" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
