import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { zodResolver } from '@hookform/resolvers/zod';
import { closureInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { closuresApi } from '../api/scheduling';
import { queryKeys } from '../data/query-keys';
import { useClosuresQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { formatDate } from '../shared/format';
import { ErrorAlert } from '../shared/ErrorAlert';
import { AddButton } from './AddButton';
import { useSettingsListChanges } from './use-settings-list-changes';

type ClosureInput = z.infer<typeof closureInputSchema>;

/** Days the whole clinic, or one location, is closed (holidays, works): nothing can be booked there on them. */
export function ClosuresSection() {
  const query = useClosuresQuery();
  const locations = useLocationsInUse();
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  const closures = query.data?.items ?? [];
  const { error, change, add } = useSettingsListChanges(queryKeys.closures, query, 'Could not load the closures');
  const form = useAppForm<ClosureInput>({ resolver: zodResolver(closureInputSchema), defaultValues: { startsOn: '', endsOn: '', reason: '' } });
  const { register, handleSubmit } = form;
  const field = fieldDescriber('closure', form.formState.errors);

  return (
    <section className="card" aria-labelledby="closures-heading">
      <h2 id="closures-heading">Clinic closures</h2>
      <ErrorAlert message={error} />
      {closures.length === 0 && <p className="empty">No closures coming up.</p>}
      <ul className="plain-list">
        {closures.map((closure) => (
          <li key={closure.id}>
            <span>
              {formatDate(closure.startsOn)}
              {closure.endsOn !== closure.startsOn && ` – ${formatDate(closure.endsOn)}`}: {closure.reason}
              {locations.length > 1 && <span className="muted"> · {closure.locationId ? (locationName.get(closure.locationId) ?? 'a location out of use') : 'every location'}</span>}
            </span>
            <button type="button" className="button subtle small" onClick={() => change(closuresApi.remove(closure.id))}>
              Remove<span className="visually-hidden"> closure {closure.reason}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate onSubmit={handleSubmit((closure) => add(closuresApi.add(closure), form))} aria-label="Close the clinic">
        <Field label="First day" required {...field('startsOn')}>
          <FormDateInput control={form.control} name="startsOn" {...field('startsOn').inputProps} />
        </Field>
        <Field label="Last day" required {...field('endsOn')}>
          <FormDateInput control={form.control} name="endsOn" {...field('endsOn').inputProps} />
        </Field>
        {locations.length > 1 && (
          <Field label="Where" {...field('locationId')}>
            <select {...register('locationId', { setValueAs: (value: string | null) => value || null })} {...field('locationId').inputProps}>
              <LocationOptions locations={locations} anyLabel="Every location" />
            </select>
          </Field>
        )}
        <Field label="Why" required {...field('reason')}>
          <input {...register('reason')} {...field('reason').inputProps} autoComplete="off" placeholder="e.g. Thanksgiving" />
        </Field>
        <AddButton label="Add closure" submitting={form.formState.isSubmitting} />
      </form>
    </section>
  );
}
