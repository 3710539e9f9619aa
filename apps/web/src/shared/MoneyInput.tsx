import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { minorUnitsPerMajor, toMajorUnits, toMinorUnits } from './money';

interface MoneyInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange'> {
  /** In minor units (cents), as the API and the contracts' schemas keep money. */
  value: number | null | undefined;
  /** Null while blank, which the schemas refuse as not given (undefined would bring back a form's default). */
  onChange: (minorUnits: number | null) => void;
  currency: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * An amount typed in major units (dollars) and held in minor units (cents); made for a
 * react-hook-form Controller, so a form's defaults and the API's errors stay in minor units.
 */
export function MoneyInput({ value, onChange, currency, className = 'short', ...input }: MoneyInputProps) {
  const [typed, setTyped] = useState(() => toMajorUnits(value, currency));
  // What is being typed stays as typed ("12." on its way to "12.5"); a value set from outside (a reset, a prefill) replaces it.
  const shown = (toMinorUnits(typed, currency) ?? null) === (value ?? null) ? typed : toMajorUnits(value, currency);
  return (
    <input
      {...input}
      type="number"
      inputMode="decimal"
      min={0}
      step={1 / minorUnitsPerMajor(currency)}
      className={className}
      value={shown}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(toMinorUnits(event.target.value, currency) ?? null);
      }}
    />
  );
}
