import { zodResolver } from '@hookform/resolvers/zod';
import { laserRecordInputSchema, type LaserRecordInput } from '@smp/contracts';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { useFormSave } from '../shared/use-form-save';

interface LaserRecordFormProps {
  /** Which session, for the form's name: "Laser session 2". */
  title: string;
  onSave: (input: LaserRecordInput) => Promise<unknown>;
  onCancel: () => void;
}

/** The laser, its settings and how the skin reacted, written down while the session is in progress. */
export function LaserRecordForm({ title, onSave, onCancel }: LaserRecordFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<LaserRecordInput>({ resolver: zodResolver(laserRecordInputSchema), defaultValues: { device: '', settingsNotes: '', reaction: '' } });
  const field = fieldDescriber('laser-record', errors);
  const { formError, save } = useFormSave(setError, onSave);

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)} aria-label={`Record ${title.toLowerCase()}`}>
      <ErrorAlert message={formError} />
      <Field label="Laser" required {...field('device')}>
        <input {...register('device')} {...field('device').inputProps} autoComplete="off" placeholder="e.g. PicoWay" />
      </Field>
      <div className="grid">
        <Field label="Wavelength (nm)" required {...field('wavelengthNm')}>
          <input type="number" min={300} max={2000} {...register('wavelengthNm', asNumber)} {...field('wavelengthNm').inputProps} className="short" />
        </Field>
        <Field label="Fluence (J/cm²)" required {...field('fluenceJPerCm2')}>
          <input type="number" min={0} max={50} step="any" {...register('fluenceJPerCm2', asNumber)} {...field('fluenceJPerCm2').inputProps} className="short" />
        </Field>
        <Field label="Spot size (mm)" required {...field('spotSizeMm')}>
          <input type="number" min={0} max={20} step="any" {...register('spotSizeMm', asNumber)} {...field('spotSizeMm').inputProps} className="short" />
        </Field>
      </div>
      <Field label="Other settings" {...field('settingsNotes')}>
        <input {...register('settingsNotes', optional)} {...field('settingsNotes').inputProps} autoComplete="off" placeholder="e.g. 2 Hz, one pass" />
      </Field>
      <Field label="Reaction" required {...field('reaction')}>
        <textarea rows={2} {...register('reaction')} {...field('reaction').inputProps} placeholder="e.g. immediate frosting, settled within 10 minutes" />
      </Field>
      <FormActions submitLabel="Record laser session" submitting={isSubmitting} onCancel={onCancel} small />
    </form>
  );
}
