import type { BookingHeld, ConsultationMode } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { modeWords, whenInWords } from './booking-words';
import { minutesAndSeconds, useSecondsLeft } from './use-seconds-left';

interface HeldBookingProps {
  held: BookingHeld;
  mode: ConsultationMode;
  timeZone: string;
  onConfirm: () => Promise<void>;
  /** The ten minutes are up: the time may be someone else's now. */
  onLapsed: () => void;
}

/** The time held for the client while they confirm, with the minutes they have left. */
export function HeldBooking({ held, mode, timeZone, onConfirm, onLapsed }: HeldBookingProps) {
  const secondsLeft = useSecondsLeft(held.heldUntil);
  const [sending, setSending] = useState(false);
  useEffect(() => {
    if (secondsLeft === 0 && !sending) onLapsed();
  }, [secondsLeft, sending, onLapsed]);
  return (
    <div className="booking-step">
      <h2>Your time is held</h2>
      <BookingSummary when={whenInWords(held.startsAt, timeZone)} artist={held.artistName} mode={mode} />
      <p className="alert info" role="timer" aria-live="off">
        Held for you for {minutesAndSeconds(secondsLeft)}
      </p>
      <button
        type="button"
        className="button large primary wide"
        disabled={sending}
        onClick={() => {
          setSending(true);
          void onConfirm().finally(() => setSending(false));
        }}
      >
        {sending ? 'Booking…' : 'Confirm booking'}
      </button>
    </div>
  );
}

/** When, with whom and how: the same three lines wherever a booking is shown to its client. */
export function BookingSummary({ when, artist, mode }: { when: string; artist: string; mode: ConsultationMode }) {
  return (
    <dl className="details booking-summary">
      <dt>When</dt>
      <dd>{when}</dd>
      <dt>With</dt>
      <dd>{artist}</dd>
      <dt>How</dt>
      <dd>{modeWords[mode]}</dd>
    </dl>
  );
}
