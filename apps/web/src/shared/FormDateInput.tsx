import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateInput, type DateInputProps } from './DateInput';

interface FormDateInputProps<Values extends FieldValues, Output> extends Omit<DateInputProps, 'value' | 'onChange' | 'name' | 'inputRef'> {
  control: Control<Values, unknown, Output>;
  name: FieldPath<Values>;
  /** A blank field means null, as the contracts say for a date that may be left out. */
  optional?: boolean;
}

/** A `DateInput` as one of a form's fields: the form holds YYYY-MM-DD, or the text typed for its schema to refuse. */
export function FormDateInput<Values extends FieldValues, Output = Values>({ control, name, optional = false, ...inputProps }: FormDateInputProps<Values, Output>) {
  const { field } = useController<Values, FieldPath<Values>, Output>({ control, name });
  return (
    <DateInput
      {...inputProps}
      name={field.name}
      inputRef={field.ref}
      value={field.value}
      onChange={(value) => field.onChange(optional && value === '' ? null : value)}
      onBlur={field.onBlur}
      disabled={inputProps.disabled ?? field.disabled}
    />
  );
}
