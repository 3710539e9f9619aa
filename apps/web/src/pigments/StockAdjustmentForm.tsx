import { zodResolver } from '@hookform/resolvers/zod';
import { stockAdjustmentInputSchema, type Lot } from '@smp/contracts';
import type { z } from 'zod';
import type { StockAdjustment } from '../api/catalogue';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

interface StockAdjustmentFormProps {
  lot: Lot;
  onAdjust: (adjustment: z.output<typeof stockAdjustmentInputSchema>) => Promise<void>;
  onCancel: () => void;
}

/** An owner's correction of a lot's stock (a count, a breakage): how many units more or fewer, and why. */
export function StockAdjustmentForm({ lot, onAdjust, onCancel }: StockAdjustmentFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<StockAdjustment, unknown, z.output<typeof stockAdjustmentInputSchema>>({
    resolver: zodResolver(stockAdjustmentInputSchema),
    defaultValues: { change: 0, reason: '' },
  });
  const field = fieldDescriber('adjustment', errors);
  const { formError, save } = useFormSave(setError, onAdjust);

  return (
    <form className="alert info inline-form" noValidate onSubmit={handleSubmit(save)} aria-label={`Adjust the stock of lot ${lot.lotNumber}`}>
      {formError && <p role="alert">{formError}</p>}
      <p>
        Lot <span className="mono">{lot.lotNumber}</span> holds {lot.quantity}.
      </p>
      <Field label="Units to add (negative to take away)" required {...field('change')}>
        <input type="number" className="short" {...register('change', { valueAsNumber: true })} {...field('change').inputProps} autoFocus />
      </Field>
      <Field label="Reason" required {...field('reason')}>
        <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" />
      </Field>
      <FormActions submitLabel="Adjust stock" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
