import type { UseFormRegisterReturn } from 'react-hook-form';

interface CheckboxGroupProps<Value extends string> {
  legend: string;
  /** The field's id, as fieldDescriber gives it, for its message. */
  id: string;
  message: string | undefined;
  options: readonly Value[];
  labels: Record<Value, string>;
  /** What `register(name)` returns for the array field the boxes fill. */
  registration: UseFormRegisterReturn;
}

/** A required choice of several, as a grid of checkboxes with the group's message. */
export function CheckboxGroup<Value extends string>({ legend, id, message, options, labels, registration }: CheckboxGroupProps<Value>) {
  return (
    <fieldset className={message ? 'choice-group invalid' : 'choice-group'} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input type="checkbox" value={option} {...registration} />
            {labels[option]}
          </label>
        ))}
      </div>
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </fieldset>
  );
}
