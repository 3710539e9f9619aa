import { zodResolver } from '@hookform/resolvers/zod';
import { locationFieldsSchema, type LocationInput } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiProblem } from '../api/http';
import { locationsApi } from '../api/locations';
import { useClinic } from '../clinic/clinic-context';
import { afterClinicSettingsChange } from '../data/invalidation';
import { useLocationsQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { ErrorAlert } from '../shared/ErrorAlert';
import { fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { AddButton } from './AddButton';
import { LocationForm } from './LocationForm';

type NewLocation = Pick<LocationInput, 'name' | 'timeZone' | 'address'>;

/**
 * Where the clinic works. A new location opens with the main location's hours (its
 * Change button sets its own) and takes bookings once it has rooms and artists work there.
 */
export function LocationsSection() {
  const clinic = useClinic();
  const queryClient = useQueryClient();
  const query = useLocationsQuery();
  const locations = query.data?.items ?? [];
  const [changeError, setChangeError] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const edited = locations.find((location) => location.id === editing);
  const form = useAppForm<NewLocation>({
    resolver: zodResolver(locationFieldsSchema.pick({ name: true, timeZone: true, address: true })),
    defaultValues: { name: '', timeZone: clinic.timeZone, address: null },
  });
  const { register, handleSubmit } = form;
  const field = fieldDescriber('location', form.formState.errors);

  // Locations decide every free time, calendar and room list: all of it is read again.
  const changed = () => void afterClinicSettingsChange(queryClient);
  const setArchived = async (id: string, archived: boolean) => {
    setChangeError(null);
    try {
      await (archived ? locationsApi.archive(id) : locationsApi.restore(id));
      changed();
    } catch (failure) {
      setChangeError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };
  const add = async (values: NewLocation) => {
    setChangeError(null);
    try {
      const main = locations.find((location) => location.main);
      await locationsApi.add({
        name: values.name,
        timeZone: values.timeZone === clinic.timeZone ? null : values.timeZone,
        address: values.address || null,
        phone: null,
        openingHours: main?.openingHours ?? clinic.openingHours,
      });
      form.reset();
      changed();
    } catch (failure) {
      setChangeError(placeSaveError(failure, form.setError));
    }
  };

  return (
    <section className="card" aria-labelledby="locations-heading">
      <h2 id="locations-heading">Locations</h2>
      <ErrorAlert message={changeError ?? (query.error ? 'Could not load the locations' : null)} />
      <ul className="plain-list">
        {locations.map((location) => (
          <li key={location.id}>
            <span className={location.archived ? 'muted' : undefined}>
              {location.name} <span className="muted">· {location.timeZone}</span>
            </span>
            {location.main && <span className="tag info">Main</span>}
            {location.archived && <span className="tag">Out of use</span>}
            {!location.archived && (
              <button type="button" className="button subtle small" onClick={() => setEditing(location.id)} aria-expanded={editing === location.id}>
                Change<span className="visually-hidden"> {location.name}</span>
              </button>
            )}
            {!location.main && (
              <button type="button" className="button subtle small" onClick={() => void setArchived(location.id, !location.archived)}>
                {location.archived ? 'Restore' : 'Archive'}
                <span className="visually-hidden"> {location.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {edited && (
        <LocationForm
          key={edited.id}
          location={edited}
          onSave={async (input) => {
            await locationsApi.update(edited.id, input);
            changed();
          }}
          onClose={() => setEditing(null)}
        />
      )}
      <form className="form compact" noValidate onSubmit={handleSubmit(add)} aria-label="Add a location">
        <Field label="New location" required {...field('name')}>
          <input {...register('name')} {...field('name').inputProps} autoComplete="off" placeholder="e.g. Downtown" />
        </Field>
        <Field label="Time zone" required {...field('timeZone')}>
          <input {...register('timeZone')} {...field('timeZone').inputProps} autoComplete="off" placeholder="e.g. Europe/London" />
        </Field>
        <Field label="Address" {...field('address')}>
          <input {...register('address', { setValueAs: (value: string | null) => value?.trim() || null })} {...field('address').inputProps} autoComplete="off" />
        </Field>
        <AddButton label="Add location" submitting={form.formState.isSubmitting} />
      </form>
    </section>
  );
}
