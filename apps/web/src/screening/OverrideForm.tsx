import { zodResolver } from '@hookform/resolvers/zod';
import { eligibilityOverrideInputSchema, type Eligibility } from '@smp/contracts';
import type { z } from 'zod';
import { screeningApi } from '../api/screening';
import { useClinic } from '../clinic/clinic-context';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { todayIn } from '../shared/zoned-time';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { useFormSave } from '../shared/use-form-save';

type OverrideInput = z.input<typeof eligibilityOverrideInputSchema>;

interface OverrideFormProps {
  clientId: string;
  onSaved: (eligibility: Eligibility) => void;
  onCancel: () => void;
}

/** An owner lets treatment go ahead although the screening does not allow it: in writing, and only for a while. */
export function OverrideForm({ clientId, onSaved, onCancel }: OverrideFormProps) {
  const today = todayIn(useClinic().timeZone);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<OverrideInput, unknown, z.output<typeof eligibilityOverrideInputSchema>>({
    resolver: zodResolver(eligibilityOverrideInputSchema),
    defaultValues: { reason: '', validUntil: today },
  });
  const field = fieldDescriber('override', errors);

  const { formError, save } = useFormSave(setError, async (input: OverrideInput) => {
    onSaved(await screeningApi.override(clientId, input));
  });

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)}>
      <fieldset>
        <legend>Override the screening</legend>
        <ErrorAlert message={formError} />
        <p className="hint">The reason is kept with the client’s record and in the audit trail.</p>
        <Field label="Why treatment may go ahead" required {...field('reason')}>
          <textarea rows={3} {...register('reason')} {...field('reason').inputProps} autoFocus />
        </Field>
        <Field label="Valid until" required {...field('validUntil')}>
          <FormDateInput control={control} name="validUntil" min={today} {...field('validUntil').inputProps} />
        </Field>
        <FormActions submitLabel="Override" busyLabel="Saving…" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
