import type { FieldErrors } from 'react-hook-form';

/** The dotted names of every field with a message, e.g. `address.city`, `pigments.0.lotId`. */
export function invalidFieldNames(errors: FieldErrors, prefix = ''): string[] {
  return Object.entries(errors).flatMap(([key, error]) => {
    if (!error || typeof error !== 'object') return [];
    // A message for a whole list sits under `root`: it belongs to the list.
    const name = key === 'root' ? prefix.replace(/\.$/, '') : `${prefix}${key}`;
    // A message holds its field's element (`ref`), which is not followed.
    if (typeof (error as { type?: unknown }).type === 'string') return [name];
    return invalidFieldNames(error as FieldErrors, `${name}.`);
  });
}

/**
 * The form's first control, in the order staff read the page, that belongs to a
 * field with a message (a list's message goes to its first control).
 */
export function firstInvalidControl(form: HTMLFormElement, errors: FieldErrors): HTMLElement | null {
  const names = invalidFieldNames(errors);
  for (const control of Array.from(form.elements)) {
    const name = control.getAttribute('name');
    if (name && names.some((invalid) => name === invalid || name.startsWith(`${invalid}.`))) return control as HTMLElement;
  }
  return null;
}
