import { useState } from 'react';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { placeSaveError } from './form';

/**
 * A form's save: the message above the form is cleared as it starts, and a refusal
 * goes beside the fields it names or, when none does, above the form.
 */
export function useFormSave<Values extends FieldValues, Output>(
  setError: UseFormSetError<Values>,
  send: (values: Output) => Promise<unknown>,
  formFields?: Partial<Record<string, FieldPath<Values>>>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const save = async (values: Output) => {
    setFormError(null);
    try {
      await send(values);
    } catch (error) {
      setFormError(placeSaveError(error, setError, formFields));
    }
  };
  return { formError, save };
}
