import { useForm, type FieldErrors, type FieldPath, type FieldValues, type Resolver, type UseFormProps, type UseFormSetError, type UseFormSetFocus } from 'react-hook-form';
import { ApiProblem } from '../api/http';
import { firstInvalidControl, invalidFieldNames } from './invalid-fields';

/**
 * Every form's react-hook-form set-up. Nothing is checked as the cursor leaves a
 * field: pressing Save blurs the field being typed in, and a message appearing
 * then moves the button from under the pointer, so the click is lost. The first
 * save checks every field at once and puts the cursor in the first one wrong, in
 * the order the page shows them (react-hook-form's own choice follows the order
 * fields were registered, which a child component's fields upset); after that
 * each message follows its field as it is typed in.
 */
export function useAppForm<Values extends FieldValues, Context = unknown, Output = Values>(
  props: Omit<UseFormProps<Values, Context, Output>, 'mode' | 'reValidateMode' | 'shouldFocusError'>,
) {
  const form = useForm<Values, Context, Output>({ ...props, mode: 'onSubmit', reValidateMode: 'onChange', shouldFocusError: false });
  const handleSubmit: typeof form.handleSubmit = (onValid, onInvalid) => (event) => {
    // Taken now: the event forgets its target once the handler returns, before validation ends.
    const submitted: unknown = event?.currentTarget;
    return form.handleSubmit(onValid, (errors, submitEvent) => {
      focusFirstInvalid(submitted, errors, form.setFocus);
      return onInvalid?.(errors, submitEvent);
    })(event);
  };
  return { ...form, handleSubmit };
}

function focusFirstInvalid<Values extends FieldValues>(target: unknown, errors: FieldErrors<Values>, setFocus: UseFormSetFocus<Values>) {
  const control = target instanceof HTMLFormElement ? firstInvalidControl(target, errors) : null;
  if (control) control.focus();
  else {
    const [first] = invalidFieldNames(errors);
    if (first) setFocus(first as FieldPath<Values>);
  }
}

/**
 * Checks what a form will send rather than what it holds, for a form that holds its
 * fields otherwise (every field of a choice, whichever is chosen): the schema's
 * messages keep their paths, which are the form's fields.
 */
export function resolverOfSent<Values extends FieldValues, Sent extends FieldValues, Output>(
  check: Resolver<Sent, unknown, Output>,
  toSent: (values: Values) => Sent,
): Resolver<Values, unknown, Output> {
  return (values, context, options) => check(toSent(values), context, options as never) as ReturnType<Resolver<Values, unknown, Output>>;
}

/** Form inputs hold '' for "nothing"; the contracts say null. */
const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** Register options for an input whose blank means null. */
export const optional = { setValueAs: blankToNull };

/** Register options for a number input: it holds text, and an empty one means "not given", which the schema calls Required. */
export const asNumber = { setValueAs: (value: unknown) => (value === '' || value == null ? undefined : Number(value)) };

/** "9:30", "930" or "9.30" as the contracts' HH:MM; anything else is left for the schema to refuse. */
export function normaliseClockTime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const [, hours, minutes] = /^(\d{1,2})[:.h]?(\d{2})$/.exec(value.trim()) ?? [];
  return hours && minutes ? `${hours.padStart(2, '0')}:${minutes}` : value.trim();
}

/** Register options for a `TimeInput`. */
export const clockTime = { setValueAs: normaliseClockTime };

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
