import { zodResolver } from '@hookform/resolvers/zod';
import { certificationOverrideInputSchema, type Certification, type CertificationOverrideInput } from '@smp/contracts';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

interface CertificationOverrideFormProps {
  certification: Certification;
  onOverride: (input: CertificationOverrideInput) => Promise<void>;
  onKeep: () => void;
}

/** An owner lets the artist work on past an expired certification: why, and until which day. Audited. */
export function CertificationOverrideForm({ certification, onOverride, onKeep }: CertificationOverrideFormProps) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<CertificationOverrideInput, unknown, z.output<typeof certificationOverrideInputSchema>>({
    resolver: zodResolver(certificationOverrideInputSchema),
    defaultValues: { reason: '', validUntil: '' },
  });
  const field = fieldDescriber('certification-override', errors);
  const { formError, save } = useFormSave(setError, onOverride);

  return (
    <form className="form alert warning" noValidate onSubmit={handleSubmit(save)} aria-label={`Let work on past ${certification.name}`}>
      <ErrorAlert message={formError} />
      <div className="grid">
        <Field label="Why may they work on?" required {...field('reason')}>
          <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" autoFocus placeholder="e.g. Renewal passed, certificate being issued" />
        </Field>
        <Field label="Until" required {...field('validUntil')}>
          <FormDateInput control={control} name="validUntil" {...field('validUntil').inputProps} />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={isSubmitting}>
          Let them work on
        </button>
        <button type="button" className="button subtle" onClick={onKeep}>
          Keep them off treatment
        </button>
      </div>
    </form>
  );
}
