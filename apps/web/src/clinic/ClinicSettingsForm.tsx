import { zodResolver } from '@hookform/resolvers/zod';
import { clinicSettingsInputSchema, type ClinicSettings, type ClinicSettingsInput } from '@smp/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { Field } from '../shared/Field';
import { asNumber, fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { MessageSettingsFieldset } from './MessageSettingsFieldset';
import { OpeningHoursEditor } from './OpeningHoursEditor';
import { ErrorAlert } from '../shared/ErrorAlert';
import { MinuteOptions } from '../shared/MinuteOptions';
import { FormActions } from '../shared/FormActions';

const timeZones = Intl.supportedValuesOf('timeZone');
const currencies = Intl.supportedValuesOf('currency');

const SLOT_STEPS = [5, 10, 15, 20, 30, 60] as const;

/** Each kind's usual length; the booking panel starts from these. */
const APPOINTMENT_LENGTHS = [
  { name: 'consultationMinutes', label: 'Consultation (minutes)', min: 15, max: 120 },
  { name: 'sessionMinutes', label: 'Plan session (minutes)', min: 60, max: 360 },
  { name: 'touchUpMinutes', label: 'Touch-up (minutes)', min: 30, max: 360 },
  { name: 'maintenanceMinutes', label: 'Maintenance (minutes)', min: 30, max: 360 },
  { name: 'fadeCheckMinutes', label: 'Fade check (minutes)', min: 15, max: 120 },
  { name: 'laserMinutes', label: 'Laser removal (minutes)', min: 15, max: 120 },
] as const satisfies readonly { name: keyof ClinicSettingsInput; label: string; min: number; max: number }[];

/** The settings as the form holds them: everything but the time of the last change. */
function settingsToFormValues({ updatedAt: _updatedAt, slotStepMinutes, ...settings }: ClinicSettings): ClinicSettingsInput {
  return { ...settings, slotStepMinutes: slotStepMinutes as ClinicSettingsInput['slotStepMinutes'] };
}

interface ClinicSettingsFormProps {
  settings: ClinicSettings;
  /** Saves and returns the settings as stored, which the form then shows. */
  onSave: (input: ClinicSettingsInput) => Promise<ClinicSettings>;
}

export function ClinicSettingsForm({ settings, onSave }: ClinicSettingsFormProps) {
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useAppForm<ClinicSettingsInput, unknown, z.output<typeof clinicSettingsInputSchema>>({
    resolver: zodResolver(clinicSettingsInputSchema),
    defaultValues: settingsToFormValues(settings),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const field = fieldDescriber('clinic', errors);

  const save = async (input: ClinicSettingsInput) => {
    setFormError(null);
    setSaved(false);
    try {
      reset(settingsToFormValues(await onSave(input)));
      setSaved(true);
    } catch (error) {
      setFormError(placeSaveError(error, setError));
    }
  };

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)}>
      <ErrorAlert message={formError} />
      {saved && !isDirty && (
        <p className="alert info" role="status">
          Settings saved.
        </p>
      )}
      <fieldset>
        <legend>Clinic</legend>
        <div className="grid">
          <Field label="Name" required {...field('name')}>
            <input {...register('name')} {...field('name').inputProps} autoComplete="off" />
          </Field>
          <Field label="Country (two-letter code)" required {...field('country')}>
            <input {...register('country')} {...field('country').inputProps} autoComplete="off" maxLength={2} className="short" />
          </Field>
          <Field label="Time zone" required {...field('timeZone')}>
            <input {...register('timeZone')} {...field('timeZone').inputProps} list="time-zones" autoComplete="off" spellCheck={false} />
          </Field>
          <Field label="Currency" required {...field('currency')}>
            <input {...register('currency')} {...field('currency').inputProps} list="currencies" autoComplete="off" maxLength={3} className="short" />
          </Field>
        </div>
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <datalist id="currencies">
          {currencies.map((code) => (
            <option key={code} value={code} />
          ))}
        </datalist>
      </fieldset>

      <OpeningHoursEditor control={control} register={register} errors={errors} idPrefix="clinic" />

      <fieldset>
        <legend>Sign-in sessions</legend>
        <div className="grid">
          <Field label="Sign out after this many idle minutes" required {...field('sessionIdleMinutes')}>
            <input type="number" min={5} max={240} {...register('sessionIdleMinutes', asNumber)} {...field('sessionIdleMinutes').inputProps} className="short" />
          </Field>
          <Field label="Sign out after this many hours in any case" required {...field('sessionMaxHours')}>
            <input type="number" min={1} max={24} {...register('sessionMaxHours', asNumber)} {...field('sessionMaxHours').inputProps} className="short" />
          </Field>
        </div>
      </fieldset>

      <fieldset>
        <legend>Contraindication screening</legend>
        <div className="grid">
          <Field label="Screening valid for (days)" required {...field('screeningValidityDays')}>
            <input type="number" min={7} max={365} {...register('screeningValidityDays', asNumber)} {...field('screeningValidityDays').inputProps} className="short" />
          </Field>
          <Field label="Wait after Botox or fillers (days)" required {...field('injectablesDeferDays')}>
            <input type="number" min={0} max={180} {...register('injectablesDeferDays', asNumber)} {...field('injectablesDeferDays').inputProps} className="short" />
          </Field>
        </div>
        <p className="hint">A client needs a valid screening on the day of each treatment session.</p>
      </fieldset>

      <fieldset>
        <legend>Scheduling</legend>
        <div className="grid">
          <Field label="Next session at the earliest (days after)" required {...field('sessionSpacingMinDays')}>
            <input type="number" min={1} max={60} {...register('sessionSpacingMinDays', asNumber)} {...field('sessionSpacingMinDays').inputProps} className="short" />
          </Field>
          <Field label="Next session at the latest (days after)" required {...field('sessionSpacingMaxDays')}>
            <input type="number" min={1} max={120} {...register('sessionSpacingMaxDays', asNumber)} {...field('sessionSpacingMaxDays').inputProps} className="short" />
          </Field>
          <Field label="Maintenance recall after (years)" required {...field('maintenanceRecallYears')}>
            <input type="number" min={1} max={10} {...register('maintenanceRecallYears', asNumber)} {...field('maintenanceRecallYears').inputProps} className="short" />
          </Field>
          <Field label="Recall after, for high sun exposure (years)" required {...field('highSunRecallYears')}>
            <input type="number" min={1} max={10} {...register('highSunRecallYears', asNumber)} {...field('highSunRecallYears').inputProps} className="short" />
          </Field>
          <Field label="Recall after a fade score of 2 or more (months)" required {...field('fadedRecallMonths')}>
            <input type="number" min={0} max={24} {...register('fadedRecallMonths', asNumber)} {...field('fadedRecallMonths').inputProps} className="short" />
          </Field>
          <Field label="Between laser sessions (days)" required {...field('laserSpacingDays')}>
            <input type="number" min={7} max={180} {...register('laserSpacingDays', asNumber)} {...field('laserSpacingDays').inputProps} className="short" />
          </Field>
          <Field label="SMP after the last laser session (days)" required {...field('laserHealingDays')}>
            <input type="number" min={7} max={180} {...register('laserHealingDays', asNumber)} {...field('laserHealingDays').inputProps} className="short" />
          </Field>
          <Field label="Free times every" required {...field('slotStepMinutes')}>
            <select {...register('slotStepMinutes', asNumber)} {...field('slotStepMinutes').inputProps}>
              <MinuteOptions choices={SLOT_STEPS} />
            </select>
          </Field>
        </div>
        <div className="grid">
          {APPOINTMENT_LENGTHS.map(({ name, label, min, max }) => (
            <Field key={name} label={label} required {...field(name)}>
              <input type="number" min={min} max={max} step={15} {...register(name, asNumber)} {...field(name).inputProps} className="short" />
            </Field>
          ))}
        </div>
        <p className="hint">Session n+1 may start from the earliest to the latest day after session n ends; owners can override with a reason.</p>
      </fieldset>

      <MessageSettingsFieldset control={control} register={register} setValue={setValue} errors={errors} />

      <FormActions submitLabel="Save settings" busyLabel="Saving…" submitting={isSubmitting} onCancel={() => reset()} cancelLabel="Undo changes" cancelDisabled={!isDirty} />
    </form>
  );
}
