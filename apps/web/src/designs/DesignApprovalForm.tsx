import { designApprovalSchema, type Design } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { designsApi } from '../api/designs';
import { afterDesignChange } from '../data/invalidation';
import { SignedNameFields, useSignedNameForm } from '../shared/SignedNameFields';

/** The client approves the design as drawn: their typed name and drawn signature, as for the screening. */
export function DesignApprovalForm({ design }: { design: Design }) {
  const queryClient = useQueryClient();
  const { form, formError, onSubmit } = useSignedNameForm(designApprovalSchema, async ({ signedName, signature }) => {
    await afterDesignChange(queryClient, await designsApi.addVersion(design.id, { kind: 'approved', signedName, signature }));
  });

  return (
    <form className="card wide" noValidate onSubmit={onSubmit} aria-labelledby="design-approval-heading">
      <h2 id="design-approval-heading">{design.approved ? 'Client’s approval of the adjustment' : 'Client’s approval'}</h2>
      <p className="hint">
        {design.approved
          ? 'The client approved an earlier version; they may sign this adjustment too. Hand them the tablet: by signing they agree to the hairline as drawn above.'
          : 'Hand the tablet to the client: by signing they agree to the hairline as drawn above.'}
      </p>
      {formError && <p role="alert">{formError}</p>}
      <SignedNameFields form={form} idPrefix="design" nameLabel="Client’s full name" />
      <div className="actions">
        <button type="submit" className="button primary" disabled={form.formState.isSubmitting}>
          {design.approved ? 'Approve the adjustment' : 'Approve the design'}
        </button>
      </div>
    </form>
  );
}
