import { addCalendarDays, dateInWords, dateInZone, timeInZone, type BookingSlot } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageLoading } from '../shared/QueryMessage';
import { todayIn } from '../shared/zoned-time';
import { bookingFailure } from './booking-words';

export type LoadSlots = (days: { from: string; to: string }, signal: AbortSignal) => Promise<{ slots: BookingSlot[] }>;

interface SlotWeekProps {
  timeZone: string;
  /** The last day the clinic takes bookings for; open-ended when the API alone knows. */
  lastDay?: string | undefined;
  /** Asks for a week's free slots; a new function (another artist) asks again. */
  load: LoadSlots;
  chosen: string | null;
  onChoose: (slot: BookingSlot) => void;
}

const WEEK = 7;

/** A week of free times at a time, on the clinic's clock, from today on; a tap chooses one. */
export function SlotWeek({ timeZone, lastDay, load, chosen, onChoose }: SlotWeekProps) {
  const [week, setWeek] = useState(0);
  // The answer names what it answers, so a week or artist asked for since shows as loading rather than the last one's times.
  const [answer, setAnswer] = useState<{ load: LoadSlots; from: string; slots: BookingSlot[] | null; failure: string | null } | null>(null);
  const from = addCalendarDays(todayIn(timeZone), week * WEEK);
  const weekEnd = addCalendarDays(from, WEEK - 1);
  const to = lastDay !== undefined && lastDay < weekEnd ? lastDay : weekEnd;
  const isLastWeek = lastDay !== undefined && to >= lastDay;

  useEffect(() => {
    const controller = new AbortController();
    load({ from, to }, controller.signal).then(
      (answered) => setAnswer({ load, from, slots: answered.slots, failure: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ load, from, slots: null, failure: bookingFailure(error) });
      },
    );
    return () => controller.abort();
  }, [load, from, to]);

  const current = answer?.load === load && answer.from === from ? answer : null;
  const { slots = null, failure = null } = current ?? {};
  const days = new Map<string, BookingSlot[]>();
  for (const slot of slots ?? []) {
    const day = dateInZone(new Date(slot.startsAt), timeZone);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return (
    <section className="booking-week" aria-label="Free times">
      <div className="week-nav">
        <button type="button" className="button" disabled={week === 0} onClick={() => setWeek(week - 1)} aria-label="Earlier week">
          ‹
        </button>
        <p aria-live="polite">
          {dateInWords(from, { withYear: false })} – {dateInWords(to, { withYear: false })}
        </p>
        <button type="button" className="button" disabled={isLastWeek} onClick={() => setWeek(week + 1)} aria-label="Later week">
          ›
        </button>
      </div>
      {failure ? (
        <ErrorAlert message={failure} />
      ) : !slots ? (
        <PageLoading />
      ) : days.size === 0 ? (
        <p className="muted">No free times this week{isLastWeek ? '.' : ': try the next one.'}</p>
      ) : (
        [...days].map(([day, daySlots]) => (
          <div key={day} className="booking-day" role="group" aria-label={dateInWords(day, { withYear: false })}>
            <h3>{dateInWords(day, { withYear: false })}</h3>
            <div className="booking-times">
              {daySlots.map((slot) => (
                <button
                  key={slot.startsAt}
                  type="button"
                  className={slot.startsAt === chosen ? 'button primary' : 'button'}
                  aria-pressed={slot.startsAt === chosen}
                  onClick={() => onChoose(slot)}
                >
                  {timeInZone(new Date(slot.startsAt), timeZone)}
                </button>
              ))}
            </div>
          </div>
        ))
      )}
    </section>
  );
}
