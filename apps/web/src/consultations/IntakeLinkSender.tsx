import type { IntakeLink } from '@smp/contracts';
import { useState } from 'react';
import { intakeApi } from '../api/intake';
import { ErrorAlert } from '../shared/ErrorAlert';
import './intake-link.css';

/**
 * For a consultation booked by phone or at the desk: sends the client the link to
 * their intake from home (online bookings get theirs with the confirmation), and
 * shows it to copy into a text message.
 */
export function IntakeLinkSender({ clientId, consultationId }: { clientId: string; consultationId: string }) {
  const [link, setLink] = useState<IntakeLink | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const send = async () => {
    setSending(true);
    setFailure(null);
    try {
      setLink(await intakeApi.sendLink(clientId, consultationId));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Could not make the link');
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="intake-link-sender">
      <h3>Intake from home</h3>
      {link ? (
        <>
          <p role="status">{link.emailedTo ? `Emailed to ${link.emailedTo}.` : 'The client has no email: send them the link by text message.'}</p>
          <label htmlFor="intake-link-url">The link, until the consultation begins</label>
          <div className="copy-row">
            <input id="intake-link-url" readOnly value={link.url} onFocus={(event) => event.target.select()} />
            <button
              type="button"
              className="button small"
              onClick={() => {
                void navigator.clipboard.writeText(link.url).then(() => setCopied(true));
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="hint">The client answers the screening questions, tells us about their hair and sends photos before they come.</p>
          <button type="button" className="button small" onClick={() => void send()} disabled={sending}>
            {sending ? 'Sending…' : 'Send the intake link'}
          </button>
        </>
      )}
      <ErrorAlert message={failure} />
    </div>
  );
}
