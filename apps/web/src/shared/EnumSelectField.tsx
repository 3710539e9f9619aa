import type { UseFormRegisterReturn } from 'react-hook-form';
import { EnumOptions } from './EnumOptions';
import { Field } from './Field';
import type { DescribedField } from './form';

interface EnumSelectFieldProps<Value extends string> extends DescribedField {
  label: string;
  required?: boolean;
  registration: UseFormRegisterReturn;
  values: readonly Value[];
  labels: Record<Value, string>;
}

/** A form field that picks one of a contracts' enum, starting from no choice. */
export function EnumSelectField<Value extends string>({ label, required, id, message, inputProps, registration, values, labels }: EnumSelectFieldProps<Value>) {
  return (
    <Field label={label} required={required} id={id} message={message}>
      <select {...registration} {...inputProps}>
        <EnumOptions values={values} labels={labels} blank />
      </select>
    </Field>
  );
}
