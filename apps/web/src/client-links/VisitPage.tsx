import type { Visit } from '@smp/contracts';
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { clientLinksApi } from '../api/client-links';
import { ErrorAlert } from '../shared/ErrorAlert';
import { PageLoading } from '../shared/QueryMessage';
import { ClientLinkFrame } from '../shared/ClientLinkFrame';
import { linkFailure } from '../shared/link-failure';
import { visitKindWords, visitOutcome } from './link-words';

const NOTE_MAX = 500;

/** A client's appointment, opened from their reminder: confirm it, or ask for another time. */
export function VisitPage() {
  const { token = '' } = useParams();
  const [visit, setVisit] = useState<Visit | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    clientLinksApi.visit(token, controller.signal).then(setVisit, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(linkFailure(error));
    });
    return () => controller.abort();
  }, [token]);

  const act = async (action: () => Promise<Visit>) => {
    setSending(true);
    setFailure(null);
    try {
      setVisit(await action());
    } catch (error) {
      setFailure(linkFailure(error));
    } finally {
      setSending(false);
    }
  };

  if (!visit) {
    return <ClientLinkFrame title="Your appointment">{failure ? <ErrorAlert message={failure} /> : <PageLoading />}</ClientLinkFrame>;
  }
  const outcome = visitOutcome(visit);
  return (
    <ClientLinkFrame title={`Your appointment at ${visit.clinic.name}`}>
      <dl className="details visit-details">
        <dt>What</dt>
        <dd>{visitKindWords[visit.kind]}</dd>
        <dt>When</dt>
        <dd>
          {format(calendarDay(visit.date), 'EEEE d MMMM yyyy')} at {visit.time}
        </dd>
        <dt>With</dt>
        <dd>{visit.artistFirstName}</dd>
      </dl>
      <ErrorAlert message={failure} />
      {outcome ? (
        <p className={`alert ${outcome.tone}`} role="status">
          {outcome.text}
        </p>
      ) : asking ? (
        <form
          className="form visit-actions"
          onSubmit={(event) => {
            event.preventDefault();
            void act(() => clientLinksApi.requestReschedule(token, note));
          }}
        >
          <label htmlFor="visit-note">Anything the clinic should know? (optional)</label>
          <textarea id="visit-note" rows={3} maxLength={NOTE_MAX} value={note} onChange={(event) => setNote(event.target.value)} placeholder="e.g. mornings suit me better" />
          <button type="submit" className="button primary wide" disabled={sending}>
            {sending ? 'Sending…' : 'Ask the clinic to call me'}
          </button>
          <button type="button" className="button wide" onClick={() => setAsking(false)} disabled={sending}>
            Back
          </button>
        </form>
      ) : (
        <div className="visit-actions">
          {visit.status === 'confirmed' ? (
            <p className="alert info">Your appointment is confirmed.</p>
          ) : (
            <button type="button" className="button primary wide" disabled={sending} onClick={() => void act(() => clientLinksApi.confirm(token))}>
              {sending ? 'Confirming…' : 'Confirm'}
            </button>
          )}
          <button type="button" className="button wide" disabled={sending} onClick={() => setAsking(true)}>
            Ask for another time
          </button>
        </div>
      )}
    </ClientLinkFrame>
  );
}

/**
 * The visit's calendar day at local midnight, for its weekday and name. Read by the
 * date-time parser rather than date-fns' parseISO, which would bring the signed-in
 * app's shared chunk onto a client's phone.
 */
function calendarDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00`);
}
