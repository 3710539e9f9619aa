import { zodResolver } from '@hookform/resolvers/zod';
import { designApprovalSchema, type Design } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { designsApi } from '../api/designs';
import { afterDesignChange } from '../data/invalidation';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { SignatureField } from '../shared/SignatureField';
import { useFormSave } from '../shared/use-form-save';

type Approval = z.input<typeof designApprovalSchema>;

/** The client approves the design as drawn: their typed name and drawn signature, as for the screening. */
export function DesignApprovalForm({ design }: { design: Design }) {
  const queryClient = useQueryClient();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useAppForm<Approval>({ resolver: zodResolver(designApprovalSchema), defaultValues: { signedName: '', signature: '' } });
  const field = fieldDescriber('design', errors);
  register('signature');

  const { formError, save } = useFormSave(setError, async ({ signedName, signature }: Approval) => {
    await afterDesignChange(queryClient, await designsApi.addVersion(design.id, { kind: 'approved', signedName, signature }));
  });

  return (
    <form className="card wide" noValidate onSubmit={handleSubmit(save)} aria-labelledby="design-approval-heading">
      <h2 id="design-approval-heading">{design.approved ? 'Client’s approval of the adjustment' : 'Client’s approval'}</h2>
      <p className="hint">
        {design.approved
          ? 'The client approved an earlier version; they may sign this adjustment too. Hand them the tablet: by signing they agree to the hairline as drawn above.'
          : 'Hand the tablet to the client: by signing they agree to the hairline as drawn above.'}
      </p>
      {formError && <p role="alert">{formError}</p>}
      <Field label="Client’s full name" required {...field('signedName')}>
        <input {...register('signedName')} {...field('signedName').inputProps} autoComplete="off" />
      </Field>
      <SignatureField
        id="design-signature"
        message={errors.signature?.message}
        onChange={(signature) => setValue('signature', signature ?? '', { shouldValidate: Boolean(errors.signature) })}
      />
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {design.approved ? 'Approve the adjustment' : 'Approve the design'}
        </button>
      </div>
    </form>
  );
}
