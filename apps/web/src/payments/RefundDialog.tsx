import { zodResolver } from '@hookform/resolvers/zod';
import { refundInputSchema, type RefundInput } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { paymentsApi } from '../api/payments';
import { afterMoneyChange } from '../data/invalidation';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { asMinorUnits } from '../shared/money';
import { useFormSave } from '../shared/use-form-save';
import { MoneyDialog } from './MoneyDialog';
import { MoneyFields } from './MoneyFields';

/** What a refund pays back: a credit note, or credit the client holds (on a plan, or on the account). */
export interface RefundTarget {
  label: string;
  creditNoteId?: string;
  planId?: string | null;
  /** Prefilled as the amount; the API refuses more than the clinic holds. */
  refundableMinor: number;
}

interface RefundDialogProps {
  clientId: string;
  currency: string;
  targets: RefundTarget[];
  onDone: () => void;
  onCancel: () => void;
}

/** An owner paying money back, saying why; nothing already recorded changes. */
export function RefundDialog({ clientId, currency, targets, onDone, onCancel }: RefundDialogProps) {
  return (
    <MoneyDialog title="Refund" targets={targets}>
      {(target) => <RefundForm clientId={clientId} currency={currency} target={target} onDone={onDone} onCancel={onCancel} />}
    </MoneyDialog>
  );
}

interface RefundFormProps extends Omit<RefundDialogProps, 'targets'> {
  target: RefundTarget;
}

function RefundForm({ clientId, currency, target, onDone, onCancel }: RefundFormProps) {
  const queryClient = useQueryClient();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<RefundInput, unknown, z.output<typeof refundInputSchema>>({
    resolver: zodResolver(refundInputSchema),
    defaultValues: { clientId, creditNoteId: target.creditNoteId ?? null, planId: target.planId ?? null, currency, reference: null, note: '' },
  });
  const field = fieldDescriber('refund', errors);
  const method = useWatch({ control, name: 'method' });
  const { formError, save } = useFormSave(setError, async (input: z.output<typeof refundInputSchema>) => {
    await paymentsApi.refund(input);
    void afterMoneyChange(queryClient);
    onDone();
  });

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)}>
      <ErrorAlert message={formError} />
      <MoneyFields
        currency={currency}
        method={method}
        prefilledMinor={target.refundableMinor}
        field={field}
        registrations={{ method: register('method'), amountMinor: register('amountMinor', asMinorUnits(currency)), reference: register('reference', optional) }}
      />
      <Field label="Why is it refunded?" required {...field('note')}>
        <input {...register('note')} {...field('note').inputProps} autoComplete="off" placeholder="e.g. plan cancelled before session 1" />
      </Field>
      <FormActions submitLabel="Record refund" busyLabel="Recording…" submitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}
