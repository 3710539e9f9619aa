import type { FieldErrors, FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiProblem } from '../api/http';

/** Form inputs hold '' for "nothing"; the contracts say null. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Register options for an input whose blank means null. */
export const optional = { setValueAs: blankToNull };

export interface DescribedField {
  id: string;
  message: string | undefined;
  inputProps: { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
}

/**
 * For each field: its input id, its current message, and the attributes that tie
 * the input to that message for screen readers. Ids are `prefix-dotted-path`.
 */
export function fieldDescriber<Values extends FieldValues>(idPrefix: string, errors: FieldErrors<Values>) {
  return (name: FieldPath<Values>): DescribedField => {
    let error: unknown = errors;
    for (const part of name.split('.')) error = (error as Record<string, unknown> | undefined)?.[part];
    const message = (error as { message?: string } | undefined)?.message;
    const id = `${idPrefix}-${name.replaceAll('.', '-')}`;
    return {
      id,
      message,
      inputProps: { id, 'aria-invalid': message ? true : undefined, 'aria-describedby': message ? `${id}-error` : undefined },
    };
  };
}

/**
 * Puts the server's field errors beside their fields (focusing the first) and
 * returns the message for the top of the form, or null when every error found a field.
 * `formFields` names the form's field for an API field the form splits or renames
 * (a date and a time for one instant).
 */
export function placeSaveError<Values extends FieldValues>(error: unknown, setError: UseFormSetError<Values>, formFields: Partial<Record<string, FieldPath<Values>>> = {}): string | null {
  if (!(error instanceof ApiProblem)) return 'Could not reach the server. Your changes are still here; try again.';
  let placed = false;
  for (const fieldError of error.fieldErrors) {
    if (fieldError.field !== 'body') {
      const field = formFields[fieldError.field] ?? (fieldError.field as FieldPath<Values>);
      setError(field, { type: 'server', message: fieldError.message }, { shouldFocus: !placed });
      placed = true;
    }
  }
  return placed ? null : error.message;
}
