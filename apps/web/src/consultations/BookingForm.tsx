import { zodResolver } from '@hookform/resolvers/zod';
import { CONSULTATION_MODES, type Consultation } from '@smp/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { consultationsApi } from '../api/consultations';
import { useSignInSession } from '../auth/auth-context';
import { useClinic } from '../clinic/clinic-context';
import { useArtistsQuery } from '../data/reference-queries';
import { afterConsultationChange } from '../data/invalidation';
import { Field } from '../shared/Field';
import { clockTime, fieldDescriber, optional, useAppForm } from '../shared/form';
import { TimeInput } from '../shared/TimeInput';
import { todayIn } from '../shared/zoned-time';
import { bookingFormSchema, bookingFromForm, DURATION_CHOICES, type BookingFormOutput, type BookingFormValues } from './booking';
import { modeLabels } from './labels';
import { FormActions } from '../shared/FormActions';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ArtistOptions } from '../staff/ArtistOptions';
import { MinuteOptions } from '../shared/MinuteOptions';
import { useFormSave } from '../shared/use-form-save';

interface BookingFormProps {
  clientId: string;
  onBooked: (consultation: Consultation) => void;
  onCancel: () => void;
}

/** Books a consultation at a date and time on the clinic's clock; an artist booking for themselves is preselected. */
export function BookingForm({ clientId, onBooked, onCancel }: BookingFormProps) {
  const clinic = useClinic();
  const { staff } = useSignInSession();
  const artistsQuery = useArtistsQuery();
  const artists = artistsQuery.data?.items ?? null;
  const queryClient = useQueryClient();
  const booking = useMutation({
    mutationFn: (values: BookingFormOutput) => consultationsApi.book(clientId, bookingFromForm(values, clinic.timeZone)),
    onSuccess: (consultation) => void afterConsultationChange(queryClient, consultation),
  });
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useAppForm<BookingFormValues, unknown, BookingFormOutput>({
    resolver: zodResolver(bookingFormSchema),
    defaultValues: { artistId: '', mode: 'in_person', date: todayIn(clinic.timeZone), time: '', durationMinutes: 45, notes: null },
  });
  const field = fieldDescriber('booking', errors);

  // Once the options are there to select: an artist usually books for themselves.
  useEffect(() => {
    if (artists?.some((artist) => artist.id === staff.id)) setValue('artistId', staff.id);
  }, [artists, staff.id, setValue]);

  const { formError, save } = useFormSave(
    setError,
    async (values: BookingFormOutput) => {
      onBooked(await booking.mutateAsync(values));
    },
    { startsAt: 'time' },
  );

  return (
    <form className="form" noValidate onSubmit={handleSubmit(save)} aria-labelledby="booking-form-heading">
      <fieldset>
        <legend id="booking-form-heading">Book a consultation</legend>
        {artistsQuery.isError && <ErrorAlert message="Could not load the artists; close the form and try again." />}
        <ErrorAlert message={formError} />
        <div className="grid">
          <Field label="Artist" required {...field('artistId')}>
            <select {...register('artistId')} {...field('artistId').inputProps} disabled={!artists} autoFocus>
              <ArtistOptions artists={artists} />
            </select>
          </Field>
          <Field label="How" required {...field('mode')}>
            <select {...register('mode')} {...field('mode').inputProps}>
              <EnumOptions values={CONSULTATION_MODES} labels={modeLabels} />
            </select>
          </Field>
          <Field label="Date" required {...field('date')}>
            <input type="date" min={todayIn(clinic.timeZone)} {...register('date')} {...field('date').inputProps} />
          </Field>
          <Field label={`Time (${clinic.timeZone.replaceAll('_', ' ')})`} required {...field('time')}>
            <TimeInput {...register('time', clockTime)} {...field('time').inputProps} />
          </Field>
          <Field label="Duration" required {...field('durationMinutes')}>
            <select {...register('durationMinutes', { valueAsNumber: true })} {...field('durationMinutes').inputProps}>
              <MinuteOptions choices={DURATION_CHOICES} />
            </select>
          </Field>
        </div>
        <Field label="Booking notes" {...field('notes')}>
          <input {...register('notes', optional)} {...field('notes').inputProps} autoComplete="off" placeholder="e.g. wants to discuss scar camouflage" />
        </Field>
        <FormActions submitLabel="Book consultation" busyLabel="Booking…" submitting={isSubmitting} onCancel={onCancel} />
      </fieldset>
    </form>
  );
}
