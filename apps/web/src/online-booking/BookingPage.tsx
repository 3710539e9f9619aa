import type { BookingConfirmed, BookingHeld, BookingOptions, BookingSlot, ConsultationMode } from '@smp/contracts';
import { useCallback, useEffect, useState } from 'react';
import { publicBookingApi } from '../api/online-booking';
import { ApiProblem } from '../api/http';
import { ClientLinkFrame } from '../shared/ClientLinkFrame';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageLoading } from '../shared/QueryMessage';
import { BookingCodeForm } from './BookingCodeForm';
import { BookingDetailsForm, type BookingDetails } from './BookingDetailsForm';
import { bookingFailure, isRequestEnded, isSlotTaken, modeWords, whenInWords } from './booking-words';
import { BookingSummary, HeldBooking } from './HeldBooking';
import { SlotWeek, type LoadSlots } from './SlotWeek';
import './online-booking.css';

type Step =
  | { name: 'choose' }
  | { name: 'details' }
  | { name: 'code'; requestId: string }
  | { name: 'held'; requestId: string; code: string; held: BookingHeld }
  /** The time went to someone else, or the hold lapsed: another (or the same, if still free) is held with the same code. */
  | { name: 'repick'; requestId: string; code: string }
  | { name: 'ended' }
  | { name: 'booked'; confirmed: BookingConfirmed };

const ANY_ARTIST = '';

/**
 * The clinic's booking page, open to anyone and embeddable in its website: a
 * consultation's kind, artist and time, the client's details, the emailed code
 * that holds the time for ten minutes, and the confirmation. Every answer is the
 * same whoever the email belongs to.
 */
export function BookingPage() {
  const [options, setOptions] = useState<BookingOptions | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [mode, setMode] = useState<ConsultationMode | null>(null);
  const [artistId, setArtistId] = useState(ANY_ARTIST);
  const [slot, setSlot] = useState<BookingSlot | null>(null);
  const [details, setDetails] = useState<BookingDetails | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    publicBookingApi.options(controller.signal).then(
      (offered) => {
        setOptions(offered);
        if (offered.modes.length === 1) setMode(offered.modes[0]!);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const notOffered = error instanceof ApiProblem && error.status === 404;
        setFailure(notOffered ? 'The clinic does not take bookings online at the moment. Please call or email it to book.' : bookingFailure(error));
      },
    );
    return () => controller.abort();
  }, []);

  const loadSlots = useCallback<LoadSlots>((days, signal) => publicBookingApi.slots({ ...days, artistId: artistId || undefined }, signal), [artistId]);

  // Each step starts at the top of a phone's screen (scrollTo may answer a promise: an effect must not return it).
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step.name]);

  const lapsed = useCallback(() => {
    setStep((current) => (current.name === 'held' ? { name: 'repick', requestId: current.requestId, code: current.code } : current));
    setFailure('Your 10 minutes are up. Choose a time again: the same one, if it is still free.');
  }, []);

  if (!options) return <ClientLinkFrame title="Book a consultation">{failure ? <ErrorAlert message={failure} /> : <PageLoading />}</ClientLinkFrame>;
  const timeZone = options.clinic.timeZone;

  /** The refusals every step after the details may meet: the request ended, or the time went to someone else. */
  const refused = (error: unknown, verified: { requestId: string; code: string } | null) => {
    setFailure(bookingFailure(error));
    if (isRequestEnded(error)) setStep({ name: 'ended' });
    else if (isSlotTaken(error) && verified) setStep({ name: 'repick', ...verified });
  };
  const hold = async (requestId: string, code: string, startsAt?: string) => {
    try {
      const held = await publicBookingApi.verify(requestId, code, startsAt);
      setFailure(null);
      setStep({ name: 'held', requestId, code, held });
    } catch (error) {
      if (error instanceof ApiProblem && error.fieldErrors.some((fieldError) => fieldError.field === 'code')) throw error;
      refused(error, { requestId, code });
    }
  };
  const start = async (given: BookingDetails) => {
    setDetails(given);
    setFailure(null);
    try {
      const started = await publicBookingApi.start({ mode: mode!, artistId: artistId || null, startsAt: slot!.startsAt, ...given });
      setStep({ name: 'code', requestId: started.requestId });
    } catch (error) {
      if (!isSlotTaken(error)) throw error;
      setSlot(null);
      setFailure(bookingFailure(error));
      setStep({ name: 'choose' });
    }
  };
  const confirm = async (requestId: string, code: string) => {
    try {
      const confirmed = await publicBookingApi.confirm(requestId);
      setFailure(null);
      setStep({ name: 'booked', confirmed });
    } catch (error) {
      refused(error, { requestId, code });
    }
  };
  const startAgain = () => {
    setSlot(null);
    setFailure(null);
    setStep({ name: 'choose' });
  };
  const artistName = (id: string) => options.artists.find((artist) => artist.id === id)?.name ?? 'Any artist';

  return (
    <main className="client-link-page booking-page">
      <section className="card" aria-labelledby="client-link-heading">
        <h1 id="client-link-heading">{step.name === 'booked' ? 'You are booked' : `Book a consultation at ${options.clinic.name}`}</h1>
        <ErrorAlert message={failure} />
        {step.name === 'choose' && (
          <div className="booking-step">
            {options.modes.length > 1 && (
              <fieldset className="choices">
                <legend>How would you like to meet?</legend>
                {options.modes.map((offered) => (
                  <label key={offered} className="choice">
                    <input type="radio" name="mode" value={offered} checked={mode === offered} onChange={() => setMode(offered)} />
                    {modeWords[offered]}
                  </label>
                ))}
              </fieldset>
            )}
            <div className="field">
              <label htmlFor="booking-artist">Artist</label>
              <select id="booking-artist" value={artistId} onChange={(event) => setArtistId(event.target.value)}>
                <option value={ANY_ARTIST}>Any artist</option>
                {options.artists.map((artist) => (
                  <option key={artist.id} value={artist.id}>
                    {artist.name}
                  </option>
                ))}
              </select>
            </div>
            <h2>Choose a time</h2>
            <p className="muted">Consultations take about {options.durationMinutes} minutes. Times are the clinic’s local time.</p>
            <SlotWeek timeZone={timeZone} lastDay={options.lastDay} load={loadSlots} chosen={slot?.startsAt ?? null} onChoose={setSlot} />
            {!mode && slot && <p className="field-error">Choose how you would like to meet.</p>}
            <button
              type="button"
              className="button large primary wide booking-next"
              disabled={!slot || !mode}
              onClick={() => {
                setFailure(null);
                setStep({ name: 'details' });
              }}
            >
              Next
            </button>
          </div>
        )}
        {step.name === 'details' && (
          <>
            <BookingSummary when={whenInWords(slot!.startsAt, timeZone)} artist={artistName(artistId)} mode={mode!} />
            <button type="button" className="button" onClick={() => setStep({ name: 'choose' })}>
              Change the time
            </button>
            <BookingDetailsForm initial={details} onSubmit={start} onFailure={setFailure} />
          </>
        )}
        {step.name === 'code' && <BookingCodeForm email={details!.email} onSubmit={(code) => hold(step.requestId, code)} />}
        {step.name === 'held' && <HeldBooking held={step.held} mode={mode!} timeZone={timeZone} onConfirm={() => confirm(step.requestId, step.code)} onLapsed={lapsed} />}
        {step.name === 'repick' && (
          <div className="booking-step">
            <h2>Choose another time</h2>
            <SlotWeek timeZone={timeZone} lastDay={options.lastDay} load={loadSlots} chosen={null} onChoose={(another) => void hold(step.requestId, step.code, another.startsAt)} />
          </div>
        )}
        {step.name === 'ended' && (
          <button type="button" className="button large primary wide" onClick={startAgain}>
            Start again
          </button>
        )}
        {step.name === 'booked' && <Booked confirmed={step.confirmed} />}
      </section>
    </main>
  );
}

/** What the client needs once booked: the booking, the intake to fill in before it, and where the manage link is. */
function Booked({ confirmed: { booking, intakeToken } }: { confirmed: BookingConfirmed }) {
  return (
    <div className="booking-step">
      <BookingSummary when={whenInWords(booking.startsAt, booking.clinic.timeZone)} artist={booking.artistName} mode={booking.mode} />
      <p className="alert info" role="status">
        {booking.clinic.name} has your booking. We have emailed you the details, with a link to move or cancel it.
      </p>
      {/* A new tab: the intake is never shown inside another site's frame. */}
      <a className="button large primary wide" href={`/intake/${intakeToken}`} target="_blank" rel="noopener">
        Before your consultation: tell us about yourself
      </a>
      <p className="muted">About ten minutes: your hair, your health and a few photos. The email has this link too.</p>
    </div>
  );
}
