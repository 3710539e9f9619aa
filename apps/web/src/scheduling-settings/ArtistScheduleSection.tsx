import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { zodResolver } from '@hookform/resolvers/zod';
import { TIME_OFF_REASONS, timeOffInputSchema, WEEKDAYS, type ArtistSchedule } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { z } from 'zod';
import { ApiProblem } from '../api/http';
import { schedulesApi } from '../api/scheduling';
import { WEEKDAY_NAMES } from '../clinic/opening-hours';
import { afterSchedulingSettingsChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { useArtistsQuery } from '../data/reference-queries';
import { Field } from '../shared/Field';
import { fieldDescriber, optional, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { formatDate } from '../shared/format';
import { dayHoursText, parseWeek } from './weekly-hours';
import { EnumOptions } from '../shared/EnumOptions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { AddButton } from './AddButton';
import { useFormSave } from '../shared/use-form-save';

type TimeOffInput = z.input<typeof timeOffInputSchema>;

const timeOffReasonLabels: Record<(typeof TIME_OFF_REASONS)[number], string> = {
  day_off: 'Day off',
  holiday: 'Holiday',
  sick: 'Sick',
  training: 'Training',
  other: 'Other',
};

/** The hours the artist works at one location, as typed per weekday. */
const savedHours = (schedule: ArtistSchedule, locationId: string) => {
  const there = schedule.weekly.filter((interval) => interval.locationId === locationId);
  return Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, dayHoursText(there, weekday)]));
};

const failureText = (failure: unknown) => (failure instanceof ApiProblem ? failure.message : 'That did not work; try again.');

/**
 * One artist's weekly hours at each location (breaks are the gaps) and coming time
 * off; bookings must fit both and the location's hours.
 */
export function ArtistScheduleSection() {
  const queryClient = useQueryClient();
  const artistsQuery = useArtistsQuery();
  const artists = artistsQuery.data?.items ?? [];
  const [chosenArtistId, setArtistId] = useState('');
  const artistId = chosenArtistId || (artists[0]?.id ?? '');
  const locations = useLocationsInUse();
  const [chosenLocationId, setLocationId] = useState('');
  const locationId = chosenLocationId || (locations[0]?.id ?? '');
  const scheduleQuery = useQuery({
    queryKey: queryKeys.schedules.ofArtist(artistId),
    queryFn: ({ signal }) => schedulesApi.get(artistId, signal),
    enabled: !!artistId,
  });
  const schedule = scheduleQuery.data ?? null;
  // The hours as typed, for the artist and location they were typed for; otherwise the saved ones.
  const [typed, setTyped] = useState<{ artistId: string; locationId: string; hours: Record<number, string> } | null>(null);
  const hours = typed?.artistId === artistId && typed.locationId === locationId ? typed.hours : schedule ? savedHours(schedule, locationId) : {};
  const setHours = (changed: Record<number, string>) => setTyped({ artistId, locationId, hours: changed });
  const [problems, setProblems] = useState<Map<number, string>>(new Map());
  const [actionMessage, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const loadError = artistsQuery.error ? 'Could not load the artists' : scheduleQuery.error ? failureText(scheduleQuery.error) : null;
  const message = actionMessage ?? (loadError ? { error: true, text: loadError } : null);

  const scheduleChanged = (schedule: ArtistSchedule) => afterSchedulingSettingsChange(queryClient, queryKeys.schedules.ofArtist(artistId), schedule);

  const saveHours = async () => {
    setMessage(null);
    const { weekly, problems: found } = parseWeek(hours);
    setProblems(found);
    if (found.size > 0 || !schedule || !locationId) return;
    // The artist's hours elsewhere stay as they are.
    const elsewhere = schedule.weekly.filter((interval) => interval.locationId !== locationId);
    try {
      void scheduleChanged(await schedulesApi.setHours(artistId, [...elsewhere, ...weekly.map((interval) => ({ ...interval, locationId }))]));
      setTyped(null);
      setMessage({ error: false, text: 'Hours saved.' });
    } catch (failure) {
      setMessage({ error: true, text: failureText(failure) });
    }
  };

  const removeTimeOff = async (timeOffId: string) => {
    setMessage(null);
    try {
      await scheduleChanged(await schedulesApi.removeTimeOff(artistId, timeOffId));
    } catch (failure) {
      setMessage({ error: true, text: failureText(failure) });
    }
  };

  return (
    <section className="card" aria-labelledby="artist-hours-heading">
      <div className="card-header">
        <h2 id="artist-hours-heading">Artists’ hours and time off</h2>
        <label className="inline-field">
          Artist
          <select value={artistId} onChange={(event) => setArtistId(event.target.value)}>
            {artists.map((artist) => (
              <option key={artist.id} value={artist.id}>
                {artist.name}
              </option>
            ))}
          </select>
        </label>
        {locations.length > 1 && (
          <label className="inline-field">
            Location
            <select value={locationId} onChange={(event) => setLocationId(event.target.value)}>
              <LocationOptions locations={locations} />
            </select>
          </label>
        )}
      </div>
      {message && (
        <p className={message.error ? 'alert error' : 'alert info'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {schedule && (
        <>
          <div className="weekly-hours">
            {WEEKDAYS.map((weekday) => {
              const id = `hours-${weekday}`;
              const problem = problems.get(weekday);
              return (
                <div className={problem ? 'field invalid' : 'field'} key={weekday}>
                  <label htmlFor={id}>{WEEKDAY_NAMES[weekday - 1]}</label>
                  <input
                    id={id}
                    value={hours[weekday] ?? ''}
                    onChange={(event) => setHours({ ...hours, [weekday]: event.target.value })}
                    placeholder="Day off"
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                  />
                  {problem && (
                    <p className="field-error" id={`${id}-error`}>
                      {problem}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
          <p className="hint">Hours as 09:00–13:00, 14:00–18:00; leave a day empty for a day off.</p>
          <div className="actions">
            <button type="button" className="button primary" onClick={saveHours}>
              Save hours
            </button>
          </div>
          <h3>Time off</h3>
          {schedule.timeOff.length === 0 && <p className="empty">No time off coming up.</p>}
          <ul className="plain-list">
            {schedule.timeOff.map((off) => (
              <li key={off.id}>
                <span>
                  {formatDate(off.startsOn)}
                  {off.endsOn !== off.startsOn && ` – ${formatDate(off.endsOn)}`}: {timeOffReasonLabels[off.reason]}
                  {off.note && ` (${off.note})`}
                </span>
                <button type="button" className="button subtle small" onClick={() => removeTimeOff(off.id)}>
                  Remove<span className="visually-hidden"> time off from {formatDate(off.startsOn)}</span>
                </button>
              </li>
            ))}
          </ul>
          <TimeOffForm artistId={artistId} onAdded={scheduleChanged} />
        </>
      )}
    </section>
  );
}

function TimeOffForm({ artistId, onAdded }: { artistId: string; onAdded: (schedule: ArtistSchedule) => Promise<unknown> }) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useAppForm<TimeOffInput, unknown, z.output<typeof timeOffInputSchema>>({
    resolver: zodResolver(timeOffInputSchema),
    defaultValues: { startsOn: '', endsOn: '', reason: 'holiday', note: null },
  });
  const field = fieldDescriber('time-off', errors);

  const { formError, save: add } = useFormSave(setError, async (timeOff: z.output<typeof timeOffInputSchema>) => {
    const schedule = await schedulesApi.addTimeOff(artistId, { ...timeOff, note: timeOff.note ?? null });
    reset();
    await onAdded(schedule);
  });

  return (
    <form className="inline-form" noValidate onSubmit={handleSubmit(add)} aria-label="Add time off">
      <ErrorAlert message={formError} />
      <Field label="First day" required {...field('startsOn')}>
        <FormDateInput control={control} name="startsOn" {...field('startsOn').inputProps} />
      </Field>
      <Field label="Last day" required {...field('endsOn')}>
        <FormDateInput control={control} name="endsOn" {...field('endsOn').inputProps} />
      </Field>
      <Field label="Why" required {...field('reason')}>
        <select {...register('reason')} {...field('reason').inputProps}>
          <EnumOptions values={TIME_OFF_REASONS} labels={timeOffReasonLabels} />
        </select>
      </Field>
      <Field label="Note" {...field('note')}>
        <input {...register('note', optional)} {...field('note').inputProps} autoComplete="off" />
      </Field>
      <AddButton label="Add time off" submitting={isSubmitting} />
    </form>
  );
}
