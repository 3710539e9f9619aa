import { zodResolver } from '@hookform/resolvers/zod';
import { certificationInputSchema, STYLES_NEEDING_CERTIFICATION, type CertificationInput } from '@smp/contracts';
import { styleLabels } from '../consultations/labels';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

/** Adds one certification; the form empties for the next one after each save. */
export function CertificationForm({ onAdd }: { onAdd: (certification: CertificationInput) => Promise<void> }) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useAppForm<CertificationInput, unknown, z.output<typeof certificationInputSchema>>({
    resolver: zodResolver(certificationInputSchema),
    defaultValues: { name: '', issuer: null, issuedOn: null, expiresOn: '', requiredForTreatment: false, covers: [] },
  });
  const field = fieldDescriber('certification', errors);

  const { formError, save } = useFormSave(setError, async (certification: CertificationInput) => {
    await onAdd(certification);
    reset();
    setFocus('name');
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-labelledby="certification-form-heading">
      <fieldset>
        <legend id="certification-form-heading">Add a certification</legend>
        <ErrorAlert message={formError} />
        <div className="grid">
          <Field label="Certification" required {...field('name')}>
            <input {...register('name')} {...field('name').inputProps} autoComplete="off" placeholder="e.g. Bloodborne pathogens" />
          </Field>
          <Field label="Issuer" {...field('issuer')}>
            <input {...register('issuer', optional)} {...field('issuer').inputProps} autoComplete="off" />
          </Field>
          <Field label="Issued on" {...field('issuedOn')}>
            <FormDateInput control={control} name="issuedOn" optional {...field('issuedOn').inputProps} />
          </Field>
          <Field label="Expires on" required {...field('expiresOn')}>
            <FormDateInput control={control} name="expiresOn" {...field('expiresOn').inputProps} />
          </Field>
        </div>
        <div className="checkbox-grid">
          <label className="checkbox">
            <input type="checkbox" {...register('requiredForTreatment')} />
            Required for treatment: once expired, the artist is not booked for treatment and records no session
          </label>
          {STYLES_NEEDING_CERTIFICATION.map((style) => (
            <label key={style} className="checkbox">
              <input type="checkbox" value={style} {...register('covers')} />
              Covers {styleLabels[style].toLowerCase()} (high-risk: booked only with an artist so certified)
            </label>
          ))}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Adding…' : 'Add certification'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
