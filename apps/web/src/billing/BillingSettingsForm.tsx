import { zodResolver } from '@hookform/resolvers/zod';
import { billingSettingsInputSchema, DEPOSIT_KINDS, type BillingSettings, type BillingSettingsInput, type DepositKind } from '@smp/contracts';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, optional, resolverOfSent, useAppForm } from '../shared/form';
import { ErrorAlert } from '../shared/ErrorAlert';
import { MoneyInput } from '../shared/MoneyInput';
import { useFormSave } from '../shared/use-form-save';
import { FormActions } from '../shared/FormActions';

/** The form keeps every deposit field whichever kind is chosen, so switching back and forth loses nothing typed. */
interface BillingSettingsValues extends Omit<BillingSettingsInput, 'deposit'> {
  deposit: { kind: DepositKind; amountMinor: number | null | undefined; percent: number | null | undefined };
}

const depositKindLabels: Record<DepositKind, string> = { none: 'No deposit', amount: 'A fixed amount', percent: 'A share of the quote' };

function settingsToFormValues({ currency: _currency, ...settings }: BillingSettings): BillingSettingsValues {
  return settings;
}

/** What is sent: only the chosen kind's field, as the contract's strict deposit expects. */
function formValuesToInput({ deposit, ...values }: BillingSettingsValues): BillingSettingsInput {
  switch (deposit.kind) {
    case 'none':
      return { ...values, deposit: { kind: 'none' } };
    case 'amount':
      return { ...values, deposit: { kind: 'amount', amountMinor: deposit.amountMinor as number } };
    case 'percent':
      return { ...values, deposit: { kind: 'percent', percent: deposit.percent as number } };
  }
}

const resolver = resolverOfSent(zodResolver(billingSettingsInputSchema), formValuesToInput);

interface BillingSettingsFormProps {
  settings: BillingSettings;
  /** Saves and returns the settings as stored, which the form then shows. */
  onSave: (input: BillingSettingsInput) => Promise<BillingSettings>;
}

/** Tax on the clinic's prices, the deposit a plan's quote asks for, and the fees for late cancellations and no-shows. */
export function BillingSettingsForm({ settings, onSave }: BillingSettingsFormProps) {
  const { currency } = settings;
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useAppForm<BillingSettingsValues, unknown, BillingSettingsInput>({ resolver, defaultValues: settingsToFormValues(settings) });
  const [saved, setSaved] = useState(false);
  const field = fieldDescriber('billing', errors);
  const depositKind = useWatch({ control, name: 'deposit.kind' });
  const { formError, save } = useFormSave(setError, async (input: BillingSettingsInput) => {
    setSaved(false);
    reset(settingsToFormValues(await onSave(input)));
    setSaved(true);
  });

  const moneyField = (name: 'deposit.amountMinor' | 'lateCancellationFeeMinor' | 'noShowFeeMinor', label: string) => (
    <Field label={label} required {...field(name)}>
      <Controller control={control} name={name} render={({ field: input }) => <MoneyInput {...input} {...field(name).inputProps} currency={currency} />} />
    </Field>
  );

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-label="Billing settings">
      <ErrorAlert message={formError} />
      {saved && !isDirty && (
        <p className="alert info" role="status">
          Billing settings saved. Quotes already presented keep what they asked.
        </p>
      )}
      <fieldset>
        <legend>Tax</legend>
        <div className="grid">
          <Field label="Tax or VAT number" {...field('taxId')}>
            <input {...register('taxId', optional)} {...field('taxId').inputProps} autoComplete="off" />
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" {...register('pricesIncludeTax')} /> Prices include tax
        </label>
        <p className="hint">On for prices that already include tax (most of Europe); off to add the tax to them (the US).</p>
      </fieldset>

      <fieldset>
        <legend>Deposit</legend>
        <div className="grid">
          <Field label="A plan’s quote asks for" required {...field('deposit.kind')}>
            <select {...register('deposit.kind')} {...field('deposit.kind').inputProps}>
              {DEPOSIT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {depositKindLabels[kind]}
                </option>
              ))}
            </select>
          </Field>
          {depositKind === 'amount' && moneyField('deposit.amountMinor', `Deposit (${currency})`)}
          {depositKind === 'percent' && (
            <Field label="Deposit (% of the quote)" required {...field('deposit.percent')}>
              <input type="number" min={1} max={100} {...register('deposit.percent', asNumber)} {...field('deposit.percent').inputProps} className="short" />
            </Field>
          )}
          {depositKind !== 'none' && (
            <Field label="Due before session 1 (days)" required {...field('depositDueDaysBefore')}>
              <input type="number" min={0} max={60} {...register('depositDueDaysBefore', asNumber)} {...field('depositDueDaysBefore').inputProps} className="short" />
            </Field>
          )}
        </div>
        {depositKind !== 'none' && <p className="hint">A booking whose deposit is unpaid by then goes on the follow-up queue; it is not cancelled.</p>}
      </fieldset>

      <fieldset>
        <legend>Fees</legend>
        <div className="grid">
          {moneyField('lateCancellationFeeMinor', `Late cancellation (${currency})`)}
          {moneyField('noShowFeeMinor', `No-show (${currency})`)}
        </div>
        <p className="hint">0 for no fee. A cancellation is late when it is flagged so as it is cancelled.</p>
      </fieldset>

      <FormActions submitLabel="Save billing settings" busyLabel="Saving…" submitting={isSubmitting} onCancel={() => reset()} cancelLabel="Undo changes" cancelDisabled={!isDirty} />
    </form>
  );
}
