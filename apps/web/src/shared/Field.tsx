import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  required?: boolean;
  message: string | undefined;
  children: ReactNode;
}

/** A label, its input and the input's message, as every form lays them out. */
export function Field({ id, label, required, message, children }: FieldProps) {
  return (
    <div className={message ? 'field invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}
