import { dateInZone, isoDate, timeInZone, zonedInstant, type Appointment, type Artist } from '@smp/contracts';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { z } from 'zod';
import { useClinic } from '../clinic/clinic-context';
import { Field } from '../shared/Field';
import { clockTime, fieldDescriber, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { TimeInput } from '../shared/TimeInput';
import type { MoveTarget } from './use-appointment-moves';

const moveFormSchema = z.object({
  date: isoDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time'),
  artistId: z.uuid('Choose an artist'),
});
type MoveFormValues = z.infer<typeof moveFormSchema>;

interface MoveFormProps {
  appointment: Appointment;
  artists: Artist[];
  /** Answers null when moved, else why not, shown beside the form that stays open. */
  onMove: (target: MoveTarget) => Promise<string | null>;
  onKeep: () => void;
}

/** Moving by typing the new day and time: what dragging does, for the keyboard. */
export function MoveForm({ appointment, artists, onMove, onKeep }: MoveFormProps) {
  const { timeZone } = useClinic();
  const startsAt = new Date(appointment.startsAt);
  const {
    control,
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useAppForm<MoveFormValues>({
    resolver: zodResolver(moveFormSchema),
    defaultValues: { date: dateInZone(startsAt, timeZone), time: timeInZone(startsAt, timeZone), artistId: appointment.artist.id },
  });
  const field = fieldDescriber('move', errors);

  const [refusal, setRefusal] = useState<string | null>(null);
  const save = async ({ date, time, artistId }: MoveFormValues) => {
    setRefusal(null);
    setRefusal(await onMove({ startsAt: zonedInstant(date, time, timeZone).toISOString(), artistId }));
  };

  return (
    <form className="form compact" noValidate onSubmit={handleSubmit(save)} aria-label="Move appointment">
      {refusal && (
        <p className="alert error" role="alert">
          Not moved: {refusal}
        </p>
      )}
      <div className="grid">
        <Field label="Day" required {...field('date')}>
          <FormDateInput control={control} name="date" {...field('date').inputProps} autoFocus />
        </Field>
        <Field label="Time" required {...field('time')}>
          <TimeInput {...register('time', clockTime)} {...field('time').inputProps} />
        </Field>
        <Field label="Artist" required {...field('artistId')}>
          <select {...register('artistId')} {...field('artistId').inputProps}>
            {artists.map((artist) => (
              <option key={artist.id} value={artist.id}>
                {artist.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button primary small" disabled={isSubmitting}>
          Move
        </button>
        <button type="button" className="button subtle small" onClick={onKeep}>
          Keep it where it is
        </button>
      </div>
    </form>
  );
}
