import { zodResolver } from '@hookform/resolvers/zod';
import { paymentInputSchema, type PaymentInput } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { paymentsApi } from '../api/payments';
import { afterMoneyChange } from '../data/invalidation';
import { ErrorAlert } from '../shared/ErrorAlert';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, placeSaveError, useAppForm } from '../shared/form';
import { FormActions } from '../shared/FormActions';
import { asMinorUnits, formatMoney } from '../shared/money';
import { MoneyDialog } from './MoneyDialog';
import { MoneyFields } from './MoneyFields';

/** What a payment may be for: an invoice, a plan's deposit, or credit on the client's account. */
export interface PaymentTarget {
  purpose: PaymentInput['purpose'];
  /** How the choice reads, e.g. "INV-2026-0004 (due $200.00)". */
  label: string;
  invoiceId?: string;
  planId?: string | null;
  /** What is still owed, prefilled as the amount; more than this is offered as credit. Null when nothing is owed (credit). */
  owedMinor: number | null;
}

interface PaymentDialogProps {
  title: string;
  clientId: string;
  currency: string;
  /** One or more things the payment may be for; with more than one, the person taking it picks. */
  targets: PaymentTarget[];
  onDone: () => void;
  onCancel: () => void;
}

/** Taking a payment for an invoice, a deposit or credit, with the amount prefilled with what is owed. */
export function PaymentDialog({ title, clientId, currency, targets, onDone, onCancel }: PaymentDialogProps) {
  return (
    <MoneyDialog title={title} targets={targets}>
      {(target) => <PaymentForm clientId={clientId} currency={currency} target={target} onDone={onDone} onCancel={onCancel} />}
    </MoneyDialog>
  );
}

interface PaymentFormProps {
  clientId: string;
  currency: string;
  target: PaymentTarget;
  onDone: () => void;
  onCancel: () => void;
}

function PaymentForm({ clientId, currency, target, onDone, onCancel }: PaymentFormProps) {
  const queryClient = useQueryClient();
  const [restAsCredit, setRestAsCredit] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useAppForm<PaymentInput, unknown, z.output<typeof paymentInputSchema>>({
    resolver: zodResolver(paymentInputSchema),
    defaultValues: { clientId, purpose: target.purpose, invoiceId: target.invoiceId ?? null, planId: target.planId ?? null, currency, reference: null, note: null },
  });
  const field = fieldDescriber('payment', errors);
  const method = useWatch({ control, name: 'method' });
  const amount = useWatch({ control, name: 'amountMinor' });
  const owed = target.owedMinor;
  const excess = owed !== null && typeof amount === 'number' && amount > owed ? amount - owed : 0;
  const money = (minor: number) => formatMoney(minor, currency);

  const save = async (input: z.output<typeof paymentInputSchema>) => {
    setFormError(null);
    if (excess > 0 && !restAsCredit) {
      setError('amountMinor', { type: 'owed', message: `${money(owed!)} is owed: lower the amount, or record the rest as credit` }, { shouldFocus: true });
      return;
    }
    try {
      await paymentsApi.take(excess > 0 ? { ...input, restAsCredit: true } : input);
      void afterMoneyChange(queryClient);
      onDone();
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)}>
      <ErrorAlert message={formError} />
      <MoneyFields
        currency={currency}
        method={method}
        prefilledMinor={owed}
        field={field}
        registrations={{ method: register('method'), amountMinor: register('amountMinor', asMinorUnits(currency)), reference: register('reference', optional) }}
      />
      {excess > 0 && (
        <div className="alert info" role="status">
          <p>
            That is {money(excess)} more than the {money(owed!)} owed.
          </p>
          <label className="checkbox">
            <input type="checkbox" checked={restAsCredit} onChange={(event) => setRestAsCredit(event.target.checked)} />
            Record the rest as credit
          </label>
        </div>
      )}
      <Field label="Note" {...field('note')}>
        <input {...register('note', optional)} {...field('note').inputProps} autoComplete="off" />
      </Field>
      <FormActions
        submitLabel={excess > 0 && restAsCredit ? `Take ${money(owed!)} and ${money(excess)} as credit` : 'Take payment'}
        busyLabel="Recording…"
        submitting={isSubmitting}
        onCancel={onCancel}
      />
    </form>
  );
}
