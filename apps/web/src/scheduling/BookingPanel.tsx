import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  addCalendarDays,
  APPOINTMENT_KINDS,
  CONSULTATION_MODES,
  dateInZone,
  plannedShade,
  timeInZone,
  type Appointment,
  type PlanListItem,
  type SessionWindow,
  type Slot,
  type Availability,
} from '@smp/contracts';
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { plansApi } from '../api/plans';
import { appointmentsApi, availabilityApi } from '../api/scheduling';
import { useClinic } from '../clinic/clinic-context';
import { useSignInSession } from '../auth/auth-context';
import { useCan } from '../auth/use-can';
import { modeLabels, styleLabels } from '../consultations/labels';
import { useClientQuery } from '../data/client-query';
import { afterAppointmentChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { Field } from '../shared/Field';
import { clockTime, fieldDescriber, placeSaveError, useAppForm } from '../shared/form';
import { FormDateInput } from '../shared/FormDateInput';
import { TimeInput } from '../shared/TimeInput';
import { fullName } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import type { BookingPrefill } from './booking-link';
import { bookConsultation } from './book-appointment';
import { appointmentFromForm, bookingFormSchema, defaultDuration, type BookingFormValues } from './booking';
import { ClientPicker, type PickedClient } from './ClientPicker';
import { kindLabels } from './labels';
import { RefusalNotice } from './RefusalNotice';
import { nearestSlots, refusalOf, type Refusal } from './refusals';
import { SlotPicker } from './SlotPicker';
import type { SchedulingResources } from './use-scheduling-resources';
import { FormActions } from '../shared/FormActions';
import { ErrorAlert } from '../shared/ErrorAlert';
import { EnumOptions } from '../shared/EnumOptions';

interface BookingPanelProps {
  prefill: BookingPrefill;
  resources: SchedulingResources;
  /** The location to book at first (the calendar's); the main one when absent. */
  locationId?: string | undefined;
  onBooked: (appointment: Appointment) => void;
  onClose: () => void;
}

interface OpenSession {
  plan: PlanListItem;
  session: PlanListItem['sessions'][number];
}

/** Days of free times looked up at once outside a plan's spacing window. */
const SEARCH_DAYS = 7;

/** Sessions of the client's active plans that have no live booking, in plan order. */
function openSessions({ items: plans }: { items: PlanListItem[] }): OpenSession[] {
  return plans.filter((plan) => plan.status === 'active').flatMap((plan) => plan.sessions.filter((session) => !session.appointment).map((session) => ({ plan, session })));
}

/** The client's active correction plans, which laser removal sessions belong to. */
function activeCorrections({ items: plans }: { items: PlanListItem[] }): PlanListItem[] {
  return plans.filter((plan) => plan.status === 'active' && plan.style === 'correction');
}

/**
 * Books any kind of appointment: the client, what for, who, then a free slot from
 * the API (a plan session's slots lie inside its spacing window). A refusal says
 * which rule, offers the nearest allowed slots, and lets owners override with a reason.
 */
export function BookingPanel({ prefill, resources, locationId, onBooked, onClose }: BookingPanelProps) {
  const clinic = useClinic();
  // Where it takes place: its free times, rooms and clock are that location's.
  const locations = useLocationsInUse();
  const [chosenLocationId, setLocationId] = useState(locationId ?? '');
  const location = locations.find((candidate) => candidate.id === chosenLocationId) ?? locations[0];
  const timeZone = location?.timeZone ?? clinic.timeZone;
  const rooms = resources.rooms.filter((room) => !location || room.locationId === location.id);
  const { staff } = useSignInSession();
  // Artists book consultations only; treatments are the front desk's.
  const booksTreatments = useCan('scheduling.book');
  const kinds = booksTreatments ? APPOINTMENT_KINDS : (['consultation'] as const);
  const kind = booksTreatments ? (prefill.kind ?? (prefill.planSessionId ? 'plan_session' : 'consultation')) : 'consultation';
  // An artist usually books for themselves.
  const ownArtistId = staff.role === 'artist' && resources.artists.some((artist) => artist.id === staff.id) ? staff.id : '';
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useAppForm<BookingFormValues>({
    resolver: zodResolver(bookingFormSchema),
    defaultValues: {
      kind,
      clientId: prefill.clientId ?? '',
      planSessionId: prefill.planSessionId ?? '',
      correctionPlanId: prefill.correctionPlanId ?? '',
      consultationMode: 'in_person',
      artistId: prefill.artistId ?? ownArtistId,
      roomId: '',
      date: prefill.date ?? todayIn(timeZone),
      time: prefill.time ?? '',
      durationMinutes: defaultDuration(kind, clinic),
      notes: '',
    },
  });
  const field = fieldDescriber('book', errors);
  // Undefined until the receptionist picks or clears one: until then, the client of the link.
  const [picked, setPicked] = useState<PickedClient | null>();
  const prefilled = useClientQuery(prefill.clientId);
  const client = picked !== undefined ? picked : prefilled.data ? { id: prefilled.data.id, name: fullName(prefilled.data), screening: prefilled.data.screening } : null;
  const [formError, setFormError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ refusal: Refusal; startsAt: string } | null>(null);
  const [chosenKind, clientId, planSessionId, artistId, date, durationMinutes, time] = useWatch({
    control,
    name: ['kind', 'clientId', 'planSessionId', 'artistId', 'date', 'durationMinutes', 'time'],
  });

  // A link to a client who is not there (archived since, or mistyped) books for nobody until one is picked.
  useEffect(() => {
    if (prefilled.isError) setValue('clientId', '');
  }, [prefilled.isError, setValue]);

  // A plan session comes from the client's active plans, and is done by the plan's artist unless chosen otherwise.
  const clientPlans = { queryKey: queryKeys.plans.ofClient(clientId), queryFn: ({ signal }: { signal: AbortSignal }) => plansApi.list(clientId, signal) };
  const plans = useQuery({ ...clientPlans, select: openSessions, enabled: !!clientId });
  const corrections = useQuery({ ...clientPlans, select: activeCorrections, enabled: !!clientId && chosenKind === 'laser' });
  const sessions = useMemo(() => (!clientId ? null : plans.isError ? [] : (plans.data ?? null)), [clientId, plans.isError, plans.data]);
  const planId = sessions?.find(({ session }) => session.id === planSessionId)?.plan.id;

  // Once the sessions are options of the select, so it shows the one chosen.
  useEffect(() => {
    const chosen = sessions?.find(({ session }) => session.id === getValues('planSessionId')) ?? sessions?.[0];
    if (getValues('kind') !== 'plan_session' || !chosen) return;
    setValue('planSessionId', chosen.session.id);
    if (!getValues('artistId')) setValue('artistId', chosen.plan.artist.id);
  }, [sessions, getValues, setValue]);

  // Once the correction plans are options of the select, so it shows the one chosen.
  useEffect(() => {
    const chosen = corrections.data?.find((plan) => plan.id === getValues('correctionPlanId')) ?? corrections.data?.[0];
    if (chosen) setValue('correctionPlanId', chosen.id);
  }, [corrections.data, getValues, setValue]);

  const availability = useQuery(availabilityQuery(chosenKind, planId, artistId || undefined, date, durationMinutes || defaultDuration(chosenKind, clinic), location?.id));
  // A plan session not yet chosen has no slots to offer.
  const slots = chosenKind === 'plan_session' && !planId ? [] : availability.isError ? [] : (availability.data?.slots.filter((slot) => !location || slot.locationId === location.id) ?? null);
  const window: SessionWindow | null = availability.data?.window ?? null;

  const queryClient = useQueryClient();
  const booking = useMutation({
    mutationFn: booksTreatments ? appointmentsApi.book : bookConsultation,
    onSuccess: (appointment) => void afterAppointmentChange(queryClient, appointment),
  });

  const book = async (values: BookingFormValues, overrideReason?: string) => {
    setFormError(null);
    setRefusal(null);
    const input = { ...appointmentFromForm(values, timeZone, overrideReason), ...(location ? { locationId: location.id } : {}) };
    try {
      onBooked(await booking.mutateAsync(input));
    } catch (error) {
      if (overrideReason) throw error;
      const refused = refusalOf(error);
      const message = placeSaveError(error, setError, { startsAt: 'time' });
      if (refused) setRefusal({ refusal: refused, startsAt: input.startsAt });
      else setFormError(message);
    }
  };

  const choose = (slot: Slot) => {
    const startsAt = new Date(slot.startsAt);
    setValue('date', dateInZone(startsAt, timeZone), { shouldValidate: true });
    setValue('time', timeInZone(startsAt, timeZone), { shouldValidate: true });
    setValue('artistId', slot.artistId, { shouldValidate: true });
    if (slot.roomId) setValue('roomId', slot.roomId, { shouldValidate: true });
    setRefusal(null);
  };

  return (
    <aside className="side-panel" aria-labelledby="booking-heading">
      <div className="side-panel-header">
        <h2 id="booking-heading">Book an appointment</h2>
        <button type="button" className="button subtle small" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      </div>
      <form className="form compact" noValidate onSubmit={handleSubmit((values) => book(values))}>
        <ErrorAlert message={formError} />
        <Field label="Client" required {...field('clientId')}>
          <ClientPicker
            id={field('clientId').id}
            client={client}
            inputProps={field('clientId').inputProps}
            onPick={(picked) => {
              setPicked(picked);
              setValue('clientId', picked?.id ?? '', { shouldValidate: !!picked });
              setValue('planSessionId', '');
              setValue('correctionPlanId', '');
            }}
          />
        </Field>
        <div className="grid">
          <Field label="What for" required {...field('kind')}>
            <select
              {...register('kind', {
                onChange: (event: ChangeEvent<HTMLSelectElement>) => {
                  const next = event.target.value as BookingFormValues['kind'];
                  setValue('durationMinutes', defaultDuration(next, clinic));
                  if (next === 'plan_session' && sessions?.[0] && !getValues('planSessionId')) setValue('planSessionId', sessions[0].session.id);
                },
              })}
              {...field('kind').inputProps}
            >
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {option === 'plan_session' ? 'Plan session' : kindLabels[option]}
                </option>
              ))}
            </select>
          </Field>
          {chosenKind === 'consultation' && (
            <Field label="How" required {...field('consultationMode')}>
              <select {...register('consultationMode')} {...field('consultationMode').inputProps}>
                <EnumOptions values={CONSULTATION_MODES} labels={modeLabels} />
              </select>
            </Field>
          )}
          {chosenKind === 'plan_session' && (
            <Field label="Plan session" required {...field('planSessionId')}>
              <select {...register('planSessionId')} {...field('planSessionId').inputProps} disabled={!sessions}>
                <option value="">{!clientId ? 'Choose the client first' : sessions ? (sessions.length ? '—' : 'No active plan with a session to book') : 'Loading…'}</option>
                {sessions?.map(({ plan, session }) => (
                  <option key={session.id} value={session.id}>
                    {styleLabels[plan.style]}: session {session.number} ({plannedShade(session)})
                  </option>
                ))}
              </select>
            </Field>
          )}
          {chosenKind === 'laser' && (
            <Field label="Correction plan" required {...field('correctionPlanId')}>
              <select {...register('correctionPlanId')} {...field('correctionPlanId').inputProps} disabled={!corrections.data}>
                <option value="">{!clientId ? 'Choose the client first' : corrections.data ? (corrections.data.length ? '—' : 'No active correction plan') : 'Loading…'}</option>
                {corrections.data?.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    Correction plan with {plan.artist.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {locations.length > 1 && (
            <div className="field">
              <label htmlFor="booking-location">Location</label>
              <select
                id="booking-location"
                value={location?.id ?? ''}
                onChange={(event) => {
                  setLocationId(event.target.value);
                  // A room belongs to one location: choose again there.
                  setValue('roomId', '');
                }}
              >
                <LocationOptions locations={locations} />
              </select>
            </div>
          )}
          <Field label="Artist" required {...field('artistId')}>
            <select {...register('artistId')} {...field('artistId').inputProps}>
              <option value="">Any artist</option>
              {resources.artists.map((artist) => (
                <option key={artist.id} value={artist.id}>
                  {artist.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Length (minutes)" required {...field('durationMinutes')}>
            <input type="number" min={15} max={480} step={15} {...register('durationMinutes', { valueAsNumber: true })} {...field('durationMinutes').inputProps} className="short" />
          </Field>
        </div>
        <SlotPicker slots={slots} window={window} artists={resources.artists} timeZone={timeZone} chosen={{ date, time, artistId }} onChoose={choose} />
        <div className="grid">
          <Field label={chosenKind === 'plan_session' ? 'Day' : 'Day (free times from)'} required {...field('date')}>
            <FormDateInput control={control} name="date" {...field('date').inputProps} />
          </Field>
          <Field label={`Time (${timeZone.replaceAll('_', ' ')})`} required {...field('time')}>
            <TimeInput {...register('time', clockTime)} {...field('time').inputProps} />
          </Field>
          <Field label="Room" required={chosenKind !== 'consultation'} {...field('roomId')}>
            <select {...register('roomId')} {...field('roomId').inputProps}>
              <option value="">{chosenKind === 'consultation' ? 'No room needed' : '—'}</option>
              {rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {room.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Notes" {...field('notes')}>
          <input {...register('notes')} {...field('notes').inputProps} autoComplete="off" />
        </Field>
        {refusal && (
          <RefusalNotice
            refusal={refusal.refusal}
            nearest={nearestSlots(slots ?? [], refusal.startsAt)}
            pickVerb="Book"
            onPick={(slot) => {
              choose(slot);
              void handleSubmit((values) => book(values))();
            }}
            onOverride={(reason) => book(getValues(), reason)}
          />
        )}
        <FormActions submitLabel="Book appointment" busyLabel="Booking…" submitting={isSubmitting} onCancel={onClose} />
      </form>
    </aside>
  );
}

/** Free slots for what is being booked: a plan session's inside its spacing window, anything else over the days ahead. */
function availabilityQuery(
  kind: BookingFormValues['kind'],
  planId: string | undefined,
  artistId: string | undefined,
  date: string,
  durationMinutes: number,
  locationId: string | undefined,
): { queryKey: QueryKey; queryFn: (context: { signal: AbortSignal }) => Promise<Availability>; enabled?: boolean } {
  if (kind === 'plan_session') {
    return {
      queryKey: queryKeys.availability.planSession(planId ?? '', artistId),
      queryFn: ({ signal }: { signal: AbortSignal }) => plansApi.nextSessionSlots(planId!, artistId, signal),
      enabled: !!planId,
    };
  }
  const query = { artistId, from: date, to: addCalendarDays(date, SEARCH_DAYS - 1), durationMinutes, kind, locationId };
  return {
    queryKey: queryKeys.availability.search(query),
    queryFn: ({ signal }: { signal: AbortSignal }) => availabilityApi.find(query, signal),
  };
}
