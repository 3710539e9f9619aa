import { zodResolver } from '@hookform/resolvers/zod';
import { PATCH_TEST_RESULTS, patchTestInputSchema, pigmentName, type PatchTestInput } from '@smp/contracts';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { screeningApi } from '../api/screening';
import { useClinic } from '../clinic/clinic-context';
import { usePigmentsQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { todayIn } from '../shared/zoned-time';
import { patchTestResultLabels } from './outcome-words';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumSelectField } from '../shared/EnumSelectField';
import { useFormSave } from '../shared/use-form-save';

/** Records a patch test of a catalogue pigment (and lot), read today or earlier; a passed one clears an allergy for that pigment only. */
export function PatchTestForm({ clientId, onRecorded, onCancel }: { clientId: string; onRecorded: () => void; onCancel: () => void }) {
  const today = todayIn(useClinic().timeZone);
  const pigments = usePigmentsQuery().data?.items ?? [];
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<PatchTestInput, unknown, z.output<typeof patchTestInputSchema>>({
    resolver: zodResolver(patchTestInputSchema),
    defaultValues: { pigmentId: '', appliedOn: '', readOn: today, notes: null },
  });
  const field = fieldDescriber('patch-test', errors);
  const pigmentId = useWatch({ control, name: 'pigmentId' });
  const lots = pigments.find((pigment) => pigment.id === pigmentId)?.lots ?? [];

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
          <Field label="Pigment tested" required {...field('pigmentId')}>
            <select {...register('pigmentId')} {...field('pigmentId').inputProps} autoFocus>
              <option value="">—</option>
              {pigments.map((pigment) => (
                <option key={pigment.id} value={pigment.id}>
                  {pigmentName(pigment)}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Lot tested" {...field('lotId')}>
            <select {...register('lotId', optional)} {...field('lotId').inputProps} disabled={lots.length === 0}>
              <option value="">Not recorded</option>
              {lots.map((lot) => (
                <option key={lot.id} value={lot.id}>
                  {lot.lotNumber}
                </option>
              ))}
            </select>
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
