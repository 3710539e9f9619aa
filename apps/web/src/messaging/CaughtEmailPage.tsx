import type { CaughtEmail } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { messagesApi } from '../api/messaging';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { formatInstant } from '../shared/format';
import { QueryMessage } from '../shared/QueryMessage';
import { textWithLinks } from './message-words';

/** One email the mail catcher kept, read as the client's mail program would show it. */
export function CaughtEmailPage() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: queryKeys.caughtEmails.detail(id), queryFn: ({ signal }) => messagesApi.caughtEmail(id, signal) });
  const back = { to: '/messages', label: 'Back to the messages' };
  if (!query.data) return <QueryMessage query={query} missing="There is no such caught email." back={back} />;
  return <CaughtEmailView email={query.data} back={back} />;
}

function CaughtEmailView({ email, back }: { email: CaughtEmail; back: { to: string; label: string } }) {
  const clinic = useClinic();
  return (
    <article className="page narrow" aria-labelledby="caught-email-subject">
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <header className="page-header">
        <h1 id="caught-email-subject">{email.subject ?? '(no subject)'}</h1>
      </header>
      <div className="cards">
        <section className="card wide" aria-label="Headers">
          <dl className="details">
            <dt>From</dt>
            <dd>{email.from ?? '—'}</dd>
            <dt>To</dt>
            <dd>{email.to.join(', ') || '—'}</dd>
            <dt>Subject</dt>
            <dd>{email.subject ?? '—'}</dd>
            <dt>Date</dt>
            <dd>{formatInstant(email.date ?? email.receivedAt, clinic.timeZone)}</dd>
          </dl>
        </section>
        <section className="card wide" aria-labelledby="caught-text-heading">
          <h2 id="caught-text-heading">Text</h2>
          <p className="notes">
            {email.text
              ? textWithLinks(email.text).map((piece, index) =>
                  piece.href ? (
                    <a key={index} href={piece.href}>
                      {piece.text}
                    </a>
                  ) : (
                    piece.text
                  ),
                )
              : 'No plain-text part.'}
          </p>
        </section>
        {email.html && (
          <section className="card wide" aria-labelledby="caught-html-heading">
            <h2 id="caught-html-heading">As the client’s mail program shows it</h2>
            {/* Sandboxed with no permissions: the email's own scripts, forms and links do nothing here. */}
            <iframe className="caught-email-html" title={`The email “${email.subject ?? ''}” as HTML`} sandbox="" srcDoc={email.html} />
          </section>
        )}
        {email.attachments.length > 0 && (
          <section className="card wide" aria-labelledby="caught-attachments-heading">
            <h2 id="caught-attachments-heading">Attachments</h2>
            <ul className="attachment-list">
              {email.attachments.map((attachment, index) => (
                <li key={index}>
                  <details>
                    <summary>
                      {attachment.filename ?? 'Unnamed'}{' '}
                      <span className="muted">
                        ({attachment.contentType}, {attachment.size} bytes)
                      </span>
                    </summary>
                    {attachment.text !== null ? <pre className="attachment-text">{attachment.text}</pre> : <p className="hint">Only calendar attachments are shown here.</p>}
                  </details>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
