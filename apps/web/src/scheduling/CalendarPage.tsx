import { LocationOptions } from '../locations/LocationOptions';
import { useLocationsInUse } from '../locations/use-locations-in-use';
import { dateInZone, isCalendarDate, zonedInstant, type Appointment, type Slot } from '@smp/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { plansApi } from '../api/plans';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { afterAppointmentChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { formatDay, formatTime } from '../shared/format';
import { shortcutLabel, useShortcut, type Shortcut } from '../shared/use-shortcut';
import { timeOfDay, todayIn } from '../shared/zoned-time';
import { lazyPage } from '../shared/lazy-page';
import { BookedNotice } from './BookedNotice';
import { bookingPrefillFrom, type BookingPrefill } from './booking-link';
import { visibleHours } from './calendar-layout';
import { calendarDays, shiftDate, type CalendarView } from './calendar-range';
import { CalendarGrid } from './CalendarGrid';
import { columnHours } from './column-hours';
import { holdsTime } from './labels';
import { moveProblem } from './move-check';
import type { CalendarColumn, DragTarget } from './use-appointment-drag';
import { useAppointmentMoves, type MoveTarget } from './use-appointment-moves';
import { useAppointments } from './use-appointments';
import { useSchedulingResources } from './use-scheduling-resources';
import { resourcesAt } from './resources-at';
import { ErrorAlert } from '../shared/ErrorAlert';
import { DateInput, onWholeDate } from '../shared/DateInput';

// The panels bring the forms (and zod with them): the calendar shows without waiting for them.
const BookingPanel = lazyPage(() => import('./BookingPanel'), 'BookingPanel');
const AppointmentDrawer = lazyPage(() => import('./AppointmentDrawer'), 'AppointmentDrawer');
// So does an owner's override of a refused move.
const RefusalNotice = lazyPage(() => import('./RefusalNotice'), 'RefusalNotice');

const bookShortcut: Shortcut = { key: 'n' };

/** The address parameters of the booking panel and the appointment drawer; the day and view stay. */
const PANEL_PARAMETERS = ['appointment', 'book', 'clientId', 'kind', 'planSessionId', 'artistId', 'time'] as const;
const panelsClosed = Object.fromEntries(PANEL_PARAMETERS.map((name) => [name, null]));

/**
 * A location's calendar, on its clock: a column per artist for a day, or a column per
 * day for a week; booking and moving in place.
 */
export function CalendarPage() {
  const clinic = useClinic();
  const canBook = useCan('scheduling.book');
  const [search, setSearch] = useSearchParams();
  const locations = useLocationsInUse();
  const location = locations.find((candidate) => candidate.id === search.get('location')) ?? locations[0];
  const timeZone = location?.timeZone ?? clinic.timeZone;
  const openingHours = location?.openingHours ?? clinic.openingHours;
  const today = todayIn(timeZone);
  const view: CalendarView = search.get('view') === 'week' ? 'week' : 'day';
  // A hand-edited or stale address must not break the page: anything but a real day means today.
  const askedDate = search.get('date');
  const date = askedDate && isCalendarDate(askedDate) ? askedDate : today;
  const artistFilter = search.get('artist') || undefined;
  const openAppointment = search.get('appointment');
  const prefill = bookingPrefillFrom(search);
  const [showReleased, setShowReleased] = useState(false);
  const [booked, setBooked] = useState<Appointment | null>(null);
  // Each new booking starts a fresh panel, even for the same prefill.
  const [bookingCount, setBookingCount] = useState(0);
  const [windows, setWindows] = useState<Map<string, { opensOn: string; closesOn: string } | null>>(new Map());

  const days = calendarDays(view, date);
  const { resources: everywhere, error: resourcesError } = useSchedulingResources();
  const locationId = location?.id;
  const resources = everywhere && locationId ? resourcesAt(everywhere, { id: locationId }) : everywhere;
  const calendar = useAppointments({ from: days[0]!, to: days[days.length - 1]!, artistId: view === 'week' ? artistFilter : undefined, locationId });
  const queryClient = useQueryClient();
  const moves = useAppointmentMoves(timeZone, (appointment) => void afterAppointmentChange(queryClient, appointment));

  const update = (changes: Record<string, string | null>) =>
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [name, value] of Object.entries(changes)) {
        if (value) next.set(name, value);
        else next.delete(name);
      }
      return next;
    });
  const closePanels = () => update(panelsClosed);
  const openBooking = (booking: BookingPrefill) => {
    moves.dismiss();
    setBooked(null);
    setBookingCount(bookingCount + 1);
    update({ ...panelsClosed, book: '1', ...booking });
  };

  useShortcut(bookShortcut, () => canBook && openBooking({ date }));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !(search.has('book') || search.has('appointment'))) return;
      // Escape in a field clears or leaves the field; it must not throw away the panel being filled in.
      if (event.target instanceof HTMLElement && event.target.closest('input, select, textarea, [contenteditable]')) return;
      closePanels();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  // Where each appointment is drawn: where it was dropped while the API decides.
  const shown = useMemo(
    () =>
      calendar.items
        .filter((appointment) => showReleased || holdsTime(appointment.status))
        .map((appointment) => {
          const target = moves.pending.get(appointment.id);
          if (!target) return appointment;
          const endsAt = new Date(Date.parse(target.startsAt) + appointment.durationMinutes * 60_000).toISOString();
          const artist = everywhere?.artists.find((candidate) => candidate.id === target.artistId) ?? appointment.artist;
          return { ...appointment, startsAt: target.startsAt, endsAt, artist };
        }),
    [calendar.items, moves.pending, showReleased, everywhere],
  );

  if (resourcesError)
    return (
      <p className="page-message alert error" role="alert">
        {resourcesError}
      </p>
    );
  if (!resources) return <p className="page-message">Loading…</p>;

  const columns: CalendarColumn[] =
    view === 'day'
      ? resources.artists.map((artist) => ({ key: artist.id, day: date, artistId: artist.id, label: artist.name }))
      : days.map((day) => ({ key: day, day, artistId: artistFilter ?? null, label: formatDay(day) }));
  const hours = new Map(columns.map((column) => [column.key, columnHours(column, resources, openingHours)]));
  const range = visibleHours(openingHours, shown, timeZone);

  const targetOf = (appointment: Appointment, target: DragTarget): MoveTarget => ({
    startsAt: zonedInstant(target.column.day, timeOfDay(target.minute), timeZone).toISOString(),
    artistId: target.column.artistId ?? appointment.artist.id,
  });
  const loadWindow = (appointment: Appointment) => {
    const session = appointment.planSession;
    if (!session || windows.has(session.id)) return;
    setWindows((previous) => new Map(previous).set(session.id, null));
    queryClient
      .query({ queryKey: queryKeys.plans.detail(session.planId), queryFn: ({ signal }) => plansApi.get(session.planId, signal) })
      .then((plan) => setWindows((previous) => new Map(previous).set(session.id, plan.sessions.find((s) => s.id === session.id)?.window ?? null)))
      // Without the window the drop is still checked by the API; the next grab tries again.
      .catch(() =>
        setWindows((previous) => {
          const next = new Map(previous);
          next.delete(session.id);
          return next;
        }),
      );
  };
  const checkDrop = (appointment: Appointment, target: DragTarget) => {
    const move = targetOf(appointment, target);
    const endsAt = new Date(Date.parse(move.startsAt) + appointment.durationMinutes * 60_000).toISOString();
    return moveProblem(
      appointment,
      { ...move, endsAt },
      {
        timeZone,
        openingHours,
        closures: resources.closures,
        schedules: resources.schedules,
        appointments: calendar.items,
        window: appointment.planSession ? (windows.get(appointment.planSession.id) ?? null) : null,
      },
    );
  };
  const moveToSlot = (appointment: Appointment, slot: Slot) => moves.move(appointment, { startsAt: slot.startsAt, artistId: slot.artistId, roomId: slot.roomId });

  return (
    <section className="page wide-page">
      <header className="page-header">
        <h1>Calendar</h1>
        <div className="toolbar calendar-toolbar">
          <div className="segmented" role="group" aria-label="View">
            {(['day', 'week'] as const).map((option) => (
              <button key={option} type="button" aria-pressed={view === option} onClick={() => update({ view: option === 'day' ? null : option })}>
                {option === 'day' ? 'Day' : 'Week'}
              </button>
            ))}
          </div>
          <div className="actions">
            <button type="button" className="button small" aria-label={`Previous ${view}`} onClick={() => update({ date: shiftDate(view, date, -1) })}>
              ‹
            </button>
            <button type="button" className="button small" onClick={() => update({ date: null })}>
              Today
            </button>
            <button type="button" className="button small" aria-label={`Next ${view}`} onClick={() => update({ date: shiftDate(view, date, 1) })}>
              ›
            </button>
          </div>
          {locations.length > 1 && (
            <label className="inline-field">
              Location
              <select value={location?.id ?? ''} onChange={(event) => update({ ...panelsClosed, location: event.target.value })}>
                <LocationOptions locations={locations} />
              </select>
            </label>
          )}
          <label className="inline-field">
            Day
            <DateInput value={date} onChange={onWholeDate((day) => day && update({ date: day }))} />
          </label>
          {view === 'week' && (
            <label className="inline-field">
              Artist
              <select value={artistFilter ?? ''} onChange={(event) => update({ artist: event.target.value || null })}>
                <option value="">All artists</option>
                {resources.artists.map((artist) => (
                  <option key={artist.id} value={artist.id}>
                    {artist.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={showReleased} onChange={(event) => setShowReleased(event.target.checked)} />
            Show cancelled and no-shows
          </label>
          {canBook && (
            <button type="button" className="button primary" onClick={() => openBooking({ date })} aria-keyshortcuts={shortcutLabel(bookShortcut)}>
              Book <kbd>{shortcutLabel(bookShortcut)}</kbd>
            </button>
          )}
        </div>
      </header>
      <h2 className="calendar-title">
        {view === 'day' ? formatDay(date) : `${formatDay(days[0]!)} – ${formatDay(days[6]!)}`}
        {date === today && <span className="tag info">Today</span>}
      </h2>

      <ErrorAlert message={calendar.error} />
      <ErrorAlert message={moves.failure} />
      {booked && <BookedNotice appointment={booked} />}
      {moves.moved && (
        <p className="alert info" role="status">
          Moved {moves.moved.client.name} to {formatDay(dateInZone(new Date(moves.moved.startsAt), timeZone))}, {formatTime(moves.moved.startsAt, timeZone)} with {moves.moved.artist.name}.
        </p>
      )}
      {moves.refused && (
        <Suspense fallback={null}>
          <RefusalNotice
            refusal={moves.refused.refusal}
            nearest={moves.refused.nearest}
            pickVerb="Move to"
            onPick={(slot) => moveToSlot(moves.refused!.appointment, slot)}
            onOverride={async (reason) => {
              await moves.move(moves.refused!.appointment, moves.refused!.target, reason);
            }}
          />
        </Suspense>
      )}

      <div className={prefill || openAppointment ? 'calendar-layout with-panel' : 'calendar-layout'}>
        <div className="calendar-scroll" aria-busy={calendar.loading}>
          <CalendarGrid
            columns={columns}
            hours={hours}
            range={range}
            step={clinic.slotStepMinutes}
            timeZone={timeZone}
            marksToday={view === 'week'}
            appointments={shown}
            movingIds={new Set(moves.pending.keys())}
            canMove={canBook}
            checkDrop={checkDrop}
            onGrab={loadWindow}
            onDrop={(appointment, target) => void moves.move(appointment, targetOf(appointment, target))}
            onOpen={(appointment) => update({ ...panelsClosed, appointment: appointment.id })}
            onBookAt={canBook ? (column, minute) => openBooking({ date: column.day, time: timeOfDay(minute), artistId: column.artistId ?? undefined }) : undefined}
          />
          {columns.length === 0 && <p className="empty">No active artists yet: an owner adds them on the Staff page.</p>}
        </div>
        <Suspense fallback={null}>
          {prefill && (
            <BookingPanel
              key={bookingCount}
              prefill={prefill}
              // Every location's rooms: the panel may book at another location than the calendar's.
              resources={everywhere ?? resources}
              locationId={location?.id}
              onClose={closePanels}
              onBooked={(appointment) => {
                setBooked(appointment);
                update({ ...panelsClosed, date: dateInZone(new Date(appointment.startsAt), timeZone) });
              }}
            />
          )}
          {openAppointment && !prefill && (
            <AppointmentDrawer
              key={openAppointment}
              appointmentId={openAppointment}
              artists={resources.artists}
              onMove={(appointment, target) => moves.move(appointment, target)}
              onClose={closePanels}
            />
          )}
        </Suspense>
      </div>
    </section>
  );
}
