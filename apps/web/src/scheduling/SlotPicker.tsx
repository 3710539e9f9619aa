import { dateInZone, timeInZone, type Artist, type SessionWindow, type Slot } from '@smp/contracts';
import { formatDate, formatDay, formatTime } from '../shared/format';

interface SlotPickerProps {
  slots: Slot[] | null;
  window: SessionWindow | null;
  artists: Artist[];
  timeZone: string;
  /** The day, time and artist the booking has now, which a slot may match. */
  chosen: { date: string; time: string; artistId: string };
  onChoose: (slot: Slot) => void;
}

/** Days shown at once; the front desk narrows the search with the day field. */
const DAYS_SHOWN = 7;

/** Free start times by day, as the API found them; the spacing window above them when there is one. */
export function SlotPicker({ slots, window, artists, timeZone, chosen, onChoose }: SlotPickerProps) {
  const byDay = new Map<string, Slot[]>();
  for (const slot of slots ?? []) {
    const day = dateInZone(new Date(slot.startsAt), timeZone);
    const daySlots = byDay.get(day) ?? [];
    // Several free rooms give the same start; one button per artist and start is enough.
    if (!daySlots.some((other) => other.startsAt === slot.startsAt && other.artistId === slot.artistId)) daySlots.push(slot);
    byDay.set(day, daySlots);
  }
  const artistName = (id: string) => artists.find((artist) => artist.id === id)?.name ?? 'Artist';
  const severalArtists = new Set(slots?.map((slot) => slot.artistId)).size > 1;

  return (
    <fieldset className="slot-picker">
      <legend>Free times</legend>
      {window && (
        <p className="session-window">
          Window: opens <strong>{formatDate(window.opensOn)}</strong>, closes <strong>{formatDate(window.closesOn)}</strong>
        </p>
      )}
      {slots === null && <p className="muted">Looking for free times…</p>}
      {slots?.length === 0 && <p className="muted">No free time found; try another day, artist or length.</p>}
      {[...byDay].slice(0, DAYS_SHOWN).map(([day, daySlots]) => (
        <div className="slot-day" role="group" aria-label={formatDay(day)} key={day}>
          <span className="slot-day-name">{formatDay(day)}</span>
          <div className="slot-times">
            {daySlots.map((slot) => (
              <button
                type="button"
                key={`${slot.startsAt}|${slot.artistId}`}
                className="slot"
                aria-pressed={day === chosen.date && timeInZone(new Date(slot.startsAt), timeZone) === chosen.time && slot.artistId === chosen.artistId}
                onClick={() => onChoose(slot)}
              >
                {formatTime(slot.startsAt, timeZone)}
                {severalArtists && <span className="slot-artist"> · {artistName(slot.artistId)}</span>}
              </button>
            ))}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
