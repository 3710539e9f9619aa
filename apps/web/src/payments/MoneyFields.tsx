import { PAYMENT_METHODS, type PaymentMethod } from '@smp/contracts';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { EnumSelectField } from '../shared/EnumSelectField';
import { Field } from '../shared/Field';
import type { DescribedField } from '../shared/form';
import { toMajorUnits, minorUnitsPerMajor } from '../shared/money';
import { paymentMethodLabels, referenceLabels, referenceRequired } from './labels';

interface MoneyFieldsProps {
  currency: string;
  /** The method chosen so far: it decides what the reference is called and whether it is required. */
  method: PaymentMethod | undefined;
  /** Shown in the amount field to start with: what is owed or may be paid back. */
  prefilledMinor: number | null;
  field: (name: 'method' | 'amountMinor' | 'reference') => DescribedField;
  registrations: { method: UseFormRegisterReturn; amountMinor: UseFormRegisterReturn; reference: UseFormRegisterReturn };
}

/** How money moved, for a payment and a refund alike: the method, the amount in major units (dollars) and the method's reference. */
export function MoneyFields({ currency, method, prefilledMinor, field, registrations }: MoneyFieldsProps) {
  const referenceLabel = method ? referenceLabels[method] : null;
  return (
    <div className="grid">
      <EnumSelectField label="Method" required values={PAYMENT_METHODS} labels={paymentMethodLabels} registration={registrations.method} {...field('method')} />
      <Field label={`Amount (${currency})`} required {...field('amountMinor')}>
        <input
          type="number"
          inputMode="decimal"
          min={0}
          step={1 / minorUnitsPerMajor(currency)}
          className="short"
          // Not in the form's default values, which hold minor units: the field reads this as it registers.
          defaultValue={prefilledMinor === null ? undefined : toMajorUnits(prefilledMinor, currency)}
          {...registrations.amountMinor}
          {...field('amountMinor').inputProps}
        />
      </Field>
      {method && referenceLabel && (
        <Field label={referenceLabel} required={referenceRequired[method]} {...field('reference')}>
          <input {...registrations.reference} {...field('reference').inputProps} autoComplete="off" />
        </Field>
      )}
    </div>
  );
}
