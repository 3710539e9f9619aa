import { zodResolver } from '@hookform/resolvers/zod';
import { locationInputSchema, type Location, type LocationInput } from '@smp/contracts';
import { useState } from 'react';
import type { z } from 'zod';
import { OpeningHoursEditor } from '../clinic/OpeningHoursEditor';
import { Field } from '../shared/Field';
import { ErrorAlert } from '../shared/ErrorAlert';
import { FormActions } from '../shared/FormActions';
import { fieldDescriber, placeSaveError, useAppForm } from '../shared/form';

type LocationValues = z.output<typeof locationInputSchema>;

const emptyToNull = (value: string | null) => value?.trim() || null;

interface LocationFormProps {
  location: Location;
  onSave: (input: LocationInput) => Promise<unknown>;
  onClose: () => void;
}

/** A location's name, own time zone, address and phone (empty: the clinic's), and its opening hours. */
export function LocationForm({ location, onSave, onClose }: LocationFormProps) {
  const form = useAppForm<LocationInput, unknown, LocationValues>({
    resolver: zodResolver(locationInputSchema),
    defaultValues: { name: location.name, timeZone: location.ownTimeZone, address: location.address, phone: location.phone, openingHours: location.openingHours },
  });
  const { control, register, handleSubmit, setError, formState } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const field = fieldDescriber(`location-${location.id}`, formState.errors);

  const save = async (values: LocationValues) => {
    setFormError(null);
    try {
      await onSave(values);
      onClose();
    } catch (failure) {
      setFormError(placeSaveError(failure, setError));
    }
  };

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)} aria-label={`Change ${location.name}`}>
      <ErrorAlert message={formError} />
      <Field label="Name" required {...field('name')}>
        <input {...register('name')} {...field('name').inputProps} autoComplete="off" />
      </Field>
      <Field label="Time zone (empty: the clinic’s)" {...field('timeZone')}>
        <input {...register('timeZone', { setValueAs: emptyToNull })} {...field('timeZone').inputProps} autoComplete="off" placeholder="e.g. Europe/London" />
      </Field>
      <Field label="Address (empty: the clinic’s)" {...field('address')}>
        <input {...register('address', { setValueAs: emptyToNull })} {...field('address').inputProps} autoComplete="off" />
      </Field>
      <Field label="Phone (empty: the clinic’s)" {...field('phone')}>
        <input type="tel" {...register('phone', { setValueAs: emptyToNull })} {...field('phone').inputProps} autoComplete="off" />
      </Field>
      <OpeningHoursEditor control={control} register={register} errors={formState.errors} idPrefix={`location-${location.id}`} />
      <FormActions submitLabel="Save location" busyLabel="Saving…" submitting={formState.isSubmitting} onCancel={onClose} small />
    </form>
  );
}
