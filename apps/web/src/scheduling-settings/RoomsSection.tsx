import { zodResolver } from '@hookform/resolvers/zod';
import { roomInputSchema, type Room } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiProblem } from '../api/http';
import { roomsApi } from '../api/scheduling';
import { Field } from '../shared/Field';
import { fieldDescriber, placeSaveError } from '../shared/form';

/** Rooms and chairs: a treatment holds one; an archived one takes no new bookings and keeps its history. */
export function RoomsSection() {
  const [rooms, setRooms] = useState<Room[]>([]);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<{ name: string }>({ resolver: zodResolver(roomInputSchema), defaultValues: { name: '' } });
  const field = fieldDescriber('room', errors);

  useEffect(() => {
    roomsApi
      .list()
      .then(({ items }) => setRooms(items))
      .catch(() => setError('Could not load the rooms'));
  }, []);

  // Every change answers with all the rooms.
  const run = async (action: Promise<{ items: Room[] }>) => {
    setError(null);
    try {
      setRooms((await action).items);
    } catch (failure) {
      setError(failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');
    }
  };
  const add = async ({ name }: { name: string }) => {
    setError(null);
    try {
      setRooms((await roomsApi.add(name)).items);
      reset();
    } catch (failure) {
      setError(placeSaveError(failure, setFieldError));
    }
  };

  return (
    <section className="card" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">Rooms and chairs</h2>
      {error && <p className="alert error" role="alert">{error}</p>}
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
