import { zodResolver } from '@hookform/resolvers/zod';
import { PIGMENT_TONES, PIGMENT_UNDERTONES, pigmentInputSchema, pigmentWarning } from '@smp/contracts';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import type { PigmentInput } from '../api/catalogue';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { toneLabels, undertoneLabels } from './labels';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';
import { useFormSave } from '../shared/use-form-save';

interface PigmentFormProps {
  onAdd: (pigment: z.output<typeof pigmentInputSchema>) => Promise<void>;
  onCancel: () => void;
}

/** A pigment for the catalogue; its undertones decide the warning artists see when they choose it. */
export function PigmentForm({ onAdd, onCancel }: PigmentFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useAppForm<PigmentInput, unknown, z.output<typeof pigmentInputSchema>>({
    resolver: zodResolver(pigmentInputSchema),
    defaultValues: { brand: '', product: '', shadeName: '', undertones: [], baseNotes: null },
  });
  const field = fieldDescriber('pigment', errors);
  // The same words the artist will see, so whoever adds the pigment knows what it sets off.
  const warning = pigmentWarning(useWatch({ control, name: 'undertones' }) ?? []);

  const { formError, save } = useFormSave(setError, async (pigment: z.output<typeof pigmentInputSchema>) => {
    await onAdd(pigment);
  });

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)} aria-label="Add a pigment">
      <ErrorAlert message={formError} />
      <fieldset>
        <legend>New pigment</legend>
        <div className="grid">
          <Field label="Brand" required {...field('brand')}>
            <input {...register('brand')} {...field('brand').inputProps} autoComplete="off" autoFocus />
          </Field>
          <Field label="Product" required {...field('product')}>
            <input {...register('product')} {...field('product').inputProps} autoComplete="off" />
          </Field>
          <Field label="Shade" required {...field('shadeName')}>
            <input {...register('shadeName')} {...field('shadeName').inputProps} autoComplete="off" />
          </Field>
          <EnumSelectField label="Tone" required {...field('tone')} registration={register('tone', optional)} values={PIGMENT_TONES} labels={toneLabels} />
        </div>
        <fieldset className="choice-group">
          <legend>Undertones in the base</legend>
          <div className="checkbox-row">
            {PIGMENT_UNDERTONES.map((undertone) => (
              <label key={undertone} className="checkbox">
                <input type="checkbox" value={undertone} {...register('undertones')} />
                {undertoneLabels[undertone]}
              </label>
            ))}
          </div>
        </fieldset>
        {warning && (
          <p className="alert warning" role="status">
            Artists will be warned: {warning}.
          </p>
        )}
        <Field label="Notes on the base" {...field('baseNotes')}>
          <textarea rows={2} {...register('baseNotes', optional)} {...field('baseNotes').inputProps} />
        </Field>
        <FormActions submitLabel="Add pigment" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
