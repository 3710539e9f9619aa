import { zodResolver } from '@hookform/resolvers/zod';
import { roomInputSchema, type Room } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiProblem } from '../api/http';
import { roomsApi } from '../api/scheduling';
import { afterSchedulingSettingsChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useRoomsQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError } from '../shared/form';
import { ErrorAlert } from '../shared/ErrorAlert';

/** Rooms and chairs: a treatment holds one; an archived one takes no new bookings and keeps its history. */
export function RoomsSection() {
  const queryClient = useQueryClient();
  const query = useRoomsQuery();
  const rooms = query.data?.items ?? [];
  const [actionError, setError] = useState<string | null>(null);
  const error = actionError ?? (query.error ? 'Could not load the rooms' : null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ name: string }>({ resolver: zodResolver(roomInputSchema), defaultValues: { name: '' } });
  const field = fieldDescriber('room', errors);

  const roomsChanged = (rooms: { items: Room[] }) => afterSchedulingSettingsChange(queryClient, queryKeys.rooms, rooms);
  const run = async (action: Promise<{ items: Room[] }>) => {
    setError(null);
    try {
      void roomsChanged(await action);
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };
  const add = async ({ name }: { name: string }) => {
    setError(null);
    try {
      void roomsChanged(await roomsApi.add(name));
      reset();
    } catch (failure) {
      setError(placeSaveError(failure, setFieldError));
    }
  };

  return (
    <section className="card" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms and chairs</h2>
      <ErrorAlert message={error} />
      <ul className="plain-list">
        {rooms.map((room) => (
          <li key={room.id}>
            <span className={room.archived ? 'muted' : undefined}>{room.name}</span>
            {room.archived && <span className="tag">Archived</span>}
            <button type="button" className="button subtle small" onClick={() => run(room.archived ? roomsApi.restore(room.id) : roomsApi.archive(room.id))}>
              {room.archived ? 'Restore' : 'Archive'}
              <span className="visually-hidden"> {room.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" noValidate onSubmit={handleSubmit(add)} aria-label="Add a room">
        <Field label="New room or chair" required {...field('name')}>
          <input {...register('name')} {...field('name').inputProps} autoComplete="off" placeholder="e.g. Chair 3" />
        </Field>
        <div className="actions">
          <button type="submit" className="button small" disabled={isSubmitting}>
            Add room
          </button>
        </div>
      </form>
    </section>
  );
}
