import { useState } from 'react';
import { useParams } from 'react-router';
import { clientLinksApi } from '../api/client-links';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ClientLinkFrame } from '../shared/ClientLinkFrame';
import { linkFailure } from '../shared/link-failure';

/** Stops the clinic's marketing messages; messages about the client's own appointments and care still come. */
export function UnsubscribePage() {
  const { token = '' } = useParams();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const unsubscribe = async () => {
    setSending(true);
    setFailure(null);
    try {
      await clientLinksApi.unsubscribe(token);
      setDone(true);
    } catch (error) {
      setFailure(linkFailure(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <ClientLinkFrame title="Stop offers and reminders to come back">
      {done ? (
        <p className="alert info" role="status">
          Done: you will get no more of these. Messages about appointments you book and your aftercare still come.
        </p>
      ) : (
        <>
          <p>You will no longer get messages inviting you back for a maintenance visit. Messages about appointments you book and your aftercare still come.</p>
          <ErrorAlert message={failure} />
          <button type="button" className="button primary wide" disabled={sending} onClick={() => void unsubscribe()}>
            {sending ? 'Unsubscribing…' : 'Unsubscribe'}
          </button>
        </>
      )}
    </ClientLinkFrame>
  );
}
