import type { UseFormRegisterReturn } from 'react-hook-form';
import { EnumOptions } from './EnumOptions';
import { Field } from './Field';
import type { DescribedField } from './form';

interface EnumSelectFieldProps<Value extends string> {
  label: string;
  required?: boolean;
  described: DescribedField;
  registration: UseFormRegisterReturn;
  values: readonly Value[];
  labels: Record<Value, string>;
}

/** A form field that picks one of a contracts' enum, starting from no choice. */
export function EnumSelectField<Value extends string>({ label, required, described, registration, values, labels }: EnumSelectFieldProps<Value>) {
  return (
    <Field label={label} required={required} id={described.id} message={described.message}>
      <select {...registration} {...described.inputProps}>
        <EnumOptions values={values} labels={labels} blank />
      </select>
    </Field>
  );
}
