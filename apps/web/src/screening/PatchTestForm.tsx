import { zodResolver } from '@hookform/resolvers/zod';
import { PATCH_TEST_RESULTS, patchTestInputSchema, type PatchTestInput } from '@smp/contracts';
import type { z } from 'zod';
import { screeningApi } from '../api/screening';
import { useClinic } from '../clinic/clinic-context';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { todayIn } from '../shared/zoned-time';
import { patchTestResultLabels } from './outcome-words';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';
import { useFormSave } from '../shared/use-form-save';

/** Records a patch test read today or earlier; a passed one clears a pigment allergy. */
export function PatchTestForm({ clientId, onRecorded, onCancel }: { clientId: string; onRecorded: () => void; onCancel: () => void }) {
  const today = todayIn(useClinic().timeZone);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<PatchTestInput, unknown, z.output<typeof patchTestInputSchema>>({
    resolver: zodResolver(patchTestInputSchema),
    defaultValues: { pigment: '', appliedOn: '', readOn: today, notes: null },
  });
  const field = fieldDescriber('patch-test', errors);

  const { formError, save } = useFormSave(setError, async (test: PatchTestInput) => {
    await screeningApi.recordPatchTest(clientId, test);
    onRecorded();
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-labelledby="patch-test-form-heading">
      <fieldset>
        <legend id="patch-test-form-heading">Record a patch test</legend>
        <ErrorAlert message={formError} />
        <div className="grid">
          <Field label="Pigment tested" required {...field('pigment')}>
            <input {...register('pigment')} {...field('pigment').inputProps} autoComplete="off" placeholder="Product and shade" autoFocus />
          </Field>
          <Field label="Applied on" required {...field('appliedOn')}>
            <FormDateInput control={control} name="appliedOn" max={today} {...field('appliedOn').inputProps} />
          </Field>
          <Field label="Read on" required {...field('readOn')}>
            <FormDateInput control={control} name="readOn" max={today} {...field('readOn').inputProps} />
          </Field>
          <EnumSelectField label="Result" required {...field('result')} registration={register('result', optional)} values={PATCH_TEST_RESULTS} labels={patchTestResultLabels} />
        </div>
        <Field label="Notes" {...field('notes')}>
          <input {...register('notes', optional)} {...field('notes').inputProps} autoComplete="off" placeholder="Reaction seen, if any" />
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? 'Recording…' : 'Record patch test'}
          </button>
          <button type="button" className="button subtle" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
