import type { BookingSlot, ManagedBooking } from '@smp/contracts';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiProblem } from '../api/http';
import { publicBookingApi } from '../api/online-booking';
import { useNow } from '../scheduling/use-now';
import { ClientLinkFrame } from '../shared/ClientLinkFrame';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageLoading } from '../shared/QueryMessage';
import { bookingFailure, cancellationTerms, mayMoveOnline, whenInWords } from './booking-words';
import { BookingSummary } from './HeldBooking';
import { SlotWeek, type LoadSlots } from './SlotWeek';
import './online-booking.css';

type Action = 'none' | 'move' | 'cancel';

/** The one answer for a link that is unknown, was ended by a cancellation, or whose consultation has begun. */
const LINK_NOT_WORKING =
  'This link does not work (any more). It stops working once the booking is cancelled or the consultation begins. Check that you opened the whole link from the email, or call the clinic.';

const failureOf = (error: unknown) => (error instanceof ApiProblem && error.status === 404 ? LINK_NOT_WORKING : bookingFailure(error));

/** A client's consultation, opened from the link its booking emailed: move it to another free time, or cancel it. */
export function ManageBookingPage() {
  const { token = '' } = useParams();
  const [booking, setBooking] = useState<ManagedBooking | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [action, setAction] = useState<Action>('none');
  const [chosen, setChosen] = useState<BookingSlot | null>(null);
  const [sending, setSending] = useState(false);
  // Asking again after a refusal shows the times as they are now.
  const [asked, setAsked] = useState(0);
  // Whether it may still move, and whether cancelling is late, change as the start comes closer.
  const now = useNow().getTime();

  useEffect(() => {
    const controller = new AbortController();
    publicBookingApi.manage(token, controller.signal).then(setBooking, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(failureOf(error));
    });
    return () => controller.abort();
  }, [token]);

  const loadSlots = useCallback<LoadSlots>((days, signal) => publicBookingApi.manageSlots(token, days, signal), [token, asked]); // eslint-disable-line react-hooks/exhaustive-deps -- `asked` asks again

  if (!booking) return <ClientLinkFrame title="Your consultation">{failure ? <ErrorAlert message={failure} /> : <PageLoading />}</ClientLinkFrame>;
  const { timeZone, name: clinicName } = booking.clinic;

  const act = async (change: () => Promise<ManagedBooking>, said: (changed: ManagedBooking) => string) => {
    setSending(true);
    setFailure(null);
    try {
      const changed = await change();
      setBooking(changed);
      setDone(said(changed));
      setAction('none');
      setChosen(null);
    } catch (error) {
      setFailure(failureOf(error));
      setChosen(null);
      setAsked((count) => count + 1);
    } finally {
      setSending(false);
    }
  };
  const terms = cancellationTerms(booking, now);
  const changeable = booking.status === 'booked';

  return (
    <main className="client-link-page booking-page">
      <section className="card" aria-labelledby="client-link-heading">
        <h1 id="client-link-heading">Your consultation at {clinicName}</h1>
        <BookingSummary when={whenInWords(booking.startsAt, timeZone)} artist={booking.artistName} mode={booking.mode} />
        <ErrorAlert message={failure} />
        {done && (
          <p className="alert info" role="status">
            {done}
          </p>
        )}
        {booking.status === 'past' && <p className="alert info">This consultation has taken place.</p>}
        {changeable && action === 'none' && (
          <div className="booking-step">
            {mayMoveOnline(booking, now) ? (
              <button type="button" className="button large wide" onClick={() => setAction('move')}>
                Move to another time
              </button>
            ) : (
              <p className="muted">
                Bookings move online up to {booking.minNoticeHours} hours before they begin. To move this one now, call {clinicName}.
              </p>
            )}
            <button type="button" className="button large wide" onClick={() => setAction('cancel')}>
              Cancel the consultation
            </button>
          </div>
        )}
        {changeable && action === 'move' && (
          <div className="booking-step">
            <h2>Choose another time</h2>
            <SlotWeek timeZone={timeZone} load={loadSlots} chosen={chosen?.startsAt ?? null} onChoose={setChosen} />
            <button
              type="button"
              className="button large primary wide"
              disabled={!chosen || sending}
              onClick={() =>
                void act(
                  () => publicBookingApi.reschedule(token, chosen!.startsAt),
                  (moved) => `Moved: your consultation is now on ${whenInWords(moved.startsAt, timeZone)}.`,
                )
              }
            >
              {chosen ? `Move to ${whenInWords(chosen.startsAt, timeZone)}` : 'Move'}
            </button>
            <button type="button" className="button wide" onClick={() => setAction('none')} disabled={sending}>
              Keep the time I have
            </button>
          </div>
        )}
        {changeable && action === 'cancel' && (
          <div className="booking-step">
            <h2>Cancel your consultation?</h2>
            <p className={terms.late ? 'alert warning' : 'muted'}>{terms.text}</p>
            <button
              type="button"
              className="button large primary wide"
              disabled={sending}
              onClick={() =>
                void act(
                  () => publicBookingApi.cancel(token),
                  (cancelled) =>
                    `Your consultation is cancelled${cancelled.lateCancellation ? ', as a late cancellation' : ''}. This link no longer works; to book again, use ${clinicName}’s booking page.`,
                )
              }
            >
              {sending ? 'Cancelling…' : 'Yes, cancel it'}
            </button>
            <button type="button" className="button wide" onClick={() => setAction('none')} disabled={sending}>
              Keep my booking
            </button>
          </div>
        )}
      </section>
    </main>
  );
}
