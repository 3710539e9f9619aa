import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { zodResolver } from '@hookform/resolvers/zod';
import { roomInputSchema } from '@smp/contracts';
import { roomsApi } from '../api/scheduling';
import { queryKeys } from '../data/query-keys';
import { useRoomsQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, useAppForm } from '../shared/form';
import { ErrorAlert } from '../shared/ErrorAlert';
import { AddButton } from './AddButton';
import { useSettingsListChanges } from './use-settings-list-changes';

/** Rooms and chairs: a treatment holds one; an archived one takes no new bookings and keeps its history. */
export function RoomsSection() {
  const query = useRoomsQuery();
  const rooms = query.data?.items ?? [];
  const { error, change, add } = useSettingsListChanges(queryKeys.rooms, query, 'Could not load the rooms');
  const locations = useLocationsInUse();
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  const form = useAppForm<{ name: string; locationId?: string | undefined }>({ resolver: zodResolver(roomInputSchema), defaultValues: { name: '' } });
  const { register, handleSubmit } = form;
  const field = fieldDescriber('room', form.formState.errors);

  return (
    <section className="card" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms and chairs</h2>
      <ErrorAlert message={error} />
      <ul className="plain-list">
        {rooms.map((room) => (
          <li key={room.id}>
            <span className={room.archived ? 'muted' : undefined}>
              {room.name}
              {locations.length > 1 && <span className="muted"> · {locationName.get(room.locationId) ?? 'out of use'}</span>}
            </span>
            {room.archived && <span className="tag">Archived</span>}
            <button type="button" className="button subtle small" onClick={() => change(room.archived ? roomsApi.restore(room.id) : roomsApi.archive(room.id))}>
              {room.archived ? 'Restore' : 'Archive'}
              <span className="visually-hidden"> {room.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate onSubmit={handleSubmit((room) => add(roomsApi.add(room), form))} aria-label="Add a room">
        {locations.length > 1 && (
          <Field label="Location" {...field('locationId')}>
            <select {...register('locationId', { setValueAs: (value: string) => value || undefined })} {...field('locationId').inputProps}>
              <LocationOptions locations={locations} />
            </select>
          </Field>
        )}
        <Field label="New room or chair" required {...field('name')}>
          <input {...register('name')} {...field('name').inputProps} autoComplete="off" placeholder="e.g. Chair 3" />
        </Field>
        <AddButton label="Add room" submitting={form.formState.isSubmitting} />
      </form>
    </section>
  );
}
