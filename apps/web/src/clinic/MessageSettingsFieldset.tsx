import type { ClinicSettingsInput } from '@smp/contracts';
import { useState, type ComponentProps, type Ref } from 'react';
import { Controller, useWatch, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from 'react-hook-form';
import { Field } from '../shared/Field';
import { asNumber, clockTime, fieldDescriber, optional } from '../shared/form';
import { TimeInput } from '../shared/TimeInput';

interface MessageSettingsFieldsetProps {
  control: Control<ClinicSettingsInput>;
  register: UseFormRegister<ClinicSettingsInput>;
  setValue: UseFormSetValue<ClinicSettingsInput>;
  errors: FieldErrors<ClinicSettingsInput>;
}

/** "48, 24" as [48, 24]; a word that is not a number is kept as NaN for the schema to refuse. */
export function parseReminderHours(typed: string): number[] {
  return typed
    .split(/[\s,;]+/)
    .filter((part) => part !== '')
    .map(Number);
}

interface ReminderHoursInputProps extends Pick<ComponentProps<'input'>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  inputRef: Ref<HTMLInputElement>;
  hours: number[];
  onChange: (hours: number[]) => void;
  onBlur: () => void;
}

/** The hours as typed; a change from outside (undo, or the saved order) shows as the form holds it. */
function ReminderHoursInput({ inputRef, hours, onChange, ...props }: ReminderHoursInputProps) {
  const [typed, setTyped] = useState(hours.join(', '));
  if (parseReminderHours(typed).join() !== hours.join()) setTyped(hours.join(', '));
  return (
    <input
      ref={inputRef}
      value={typed}
      onChange={(event) => {
        setTyped(event.target.value);
        onChange(parseReminderHours(event.target.value));
      }}
      {...props}
      inputMode="numeric"
      placeholder="48, 24"
      autoComplete="off"
    />
  );
}

const USUAL_QUIET_HOURS = { start: '21:00', end: '08:00' };

/** What messages to clients say about the clinic, and when they may go. */
export function MessageSettingsFieldset({ control, register, setValue, errors }: MessageSettingsFieldsetProps) {
  const field = fieldDescriber('clinic', errors);
  const quietHours = useWatch({ control, name: 'quietHours' });
  return (
    <fieldset>
      <legend>Messages to clients</legend>
      <div className="grid">
        <Field label="Address" {...field('address')}>
          <input {...register('address', optional)} {...field('address').inputProps} autoComplete="off" />
        </Field>
        <Field label="Phone clients call" {...field('phone')}>
          <input type="tel" {...register('phone', optional)} {...field('phone').inputProps} autoComplete="off" />
        </Field>
        <Field label="Email clients reply to" {...field('email')}>
          <input type="email" {...register('email', optional)} {...field('email').inputProps} autoComplete="off" />
        </Field>
        <Field label="Reminders, hours before (up to 3)" {...field('reminderHours')}>
          <Controller
            control={control}
            name="reminderHours"
            render={({ field: { value, onChange, onBlur, ref } }) => (
              <ReminderHoursInput inputRef={ref} hours={value} onChange={onChange} onBlur={onBlur} {...field('reminderHours').inputProps} />
            )}
          />
        </Field>
        <Field label="Preparation message, days before" required {...field('preparationDaysBefore')}>
          <input type="number" min={1} max={7} {...register('preparationDaysBefore', asNumber)} {...field('preparationDaysBefore').inputProps} className="short" />
        </Field>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={quietHours != null} onChange={(event) => setValue('quietHours', event.target.checked ? USUAL_QUIET_HOURS : null, { shouldDirty: true })} /> No
        messages at night
      </label>
      {quietHours != null && (
        <div className="grid">
          <Field label="Quiet from" required {...field('quietHours.start')}>
            <TimeInput {...register('quietHours.start', clockTime)} {...field('quietHours.start').inputProps} />
          </Field>
          <Field label="Quiet until" required {...field('quietHours.end')}>
            <TimeInput {...register('quietHours.end', clockTime)} {...field('quietHours.end').inputProps} />
          </Field>
        </div>
      )}
      <p className="hint">A reminder or preparation message due in quiet hours goes the evening before they begin. Leave reminders empty to send none.</p>
    </fieldset>
  );
}
