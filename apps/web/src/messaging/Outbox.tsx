import { MESSAGE_STATUSES, type CaughtEmailSummary, type ClientMessage, type MessageStatus } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { messagesApi } from '../api/messaging';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery, type PagedList } from '../data/use-paged-query';
import { ErrorAlert } from '../shared/ErrorAlert';
import { LoadMore } from '../data/LoadMore';
import { formatInstant } from '../shared/format';
import { failureMessage } from '../shared/QueryMessage';
import { messageChannelLabels, messageKindLabels, messageStatusLabels } from './labels';
import { messageWhen } from './message-words';
import { MessageStatusTag } from './MessageStatusTag';

const PAGE_SIZE = 25;
const STATUS_FILTERS = MESSAGE_STATUSES.filter((status) => status !== 'sending');

function statusFrom(searchParams: URLSearchParams): MessageStatus | null {
  const status = searchParams.get('status');
  return MESSAGE_STATUSES.find((candidate) => candidate === status) ?? null;
}

/** The outbox by state, how messages leave this installation and, when nothing leaves it, the emails caught instead. */
export function Outbox() {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = statusFrom(searchParams);
  const delivery = useQuery({ queryKey: queryKeys.messageDelivery, queryFn: ({ signal }) => messagesApi.delivery(signal) });
  const messages = usePagedQuery<ClientMessage>({
    queryKey: queryKeys.messages.outbox(status),
    fetchPage: (cursor, signal) => messagesApi.list({ status: status ?? undefined, cursor: cursor ?? undefined, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the messages',
  });
  const showStatus = (shown: MessageStatus | null) => setSearchParams(shown ? { status: shown } : {}, { replace: true });

  return (
    <>
      <section className="card" aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">How messages leave</h2>
        {delivery.error && <p className="alert error">{failureMessage(delivery.error, 'Could not load how messages leave')}</p>}
        {delivery.data && (
          <dl className="details">
            <dt>Email</dt>
            <dd>{delivery.data.email.via === 'smtp' ? 'The clinic’s SMTP server' : 'The embedded mail catcher — nothing reaches clients; the emails it caught are below'}</dd>
            <dt>Text messages</dt>
            <dd>{delivery.data.sms.provider ? `Sent through ${delivery.data.sms.provider}` : 'Off — set TWILIO_* to send texts; clients who prefer them get email'}</dd>
          </dl>
        )}
      </section>

      <section className="sub-page" aria-labelledby="outbox-heading">
        <div className="card-header">
          <h2 id="outbox-heading">Outbox</h2>
          <div className="segmented" role="group" aria-label="Show">
            {[null, ...STATUS_FILTERS].map((option) => (
              <button key={option ?? 'all'} type="button" aria-pressed={status === option} onClick={() => showStatus(option)}>
                {option ? messageStatusLabels[option] : 'All'}
              </button>
            ))}
          </div>
        </div>
        <ErrorAlert message={messages.error} />
        <OutboxTable messages={messages} />
      </section>

      {delivery.data?.email.via === 'mail_catcher' && <CaughtEmails />}
    </>
  );
}

function OutboxTable({ messages }: { messages: PagedList<ClientMessage> }) {
  const clinic = useClinic();
  return (
    <>
      <div className="table-scroll">
        <table className="data-table plain" aria-busy={messages.loading} aria-labelledby="outbox-heading">
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Message</th>
              <th scope="col">To</th>
              <th scope="col">When ({clinic.timeZone.replaceAll('_', ' ')})</th>
              <th scope="col">Tries</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {messages.items.map((message) => (
              <tr key={message.id}>
                <td className="nowrap">
                  <Link to={`/clients/${message.client.id}`}>{message.client.name}</Link>
                </td>
                <td>{messageKindLabels[message.kind]}</td>
                <td>{message.channel ? `${messageChannelLabels[message.channel]}: ${message.recipient ?? '—'}` : <span className="muted">Chosen when sent</span>}</td>
                <td className="nowrap">{messageWhen(message, clinic.timeZone)}</td>
                <td>{message.attempts}</td>
                <td>
                  <MessageState message={message} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!messages.loading && messages.items.length === 0 && !messages.error && <p className="empty">No messages here.</p>}
      <LoadMore list={messages} />
    </>
  );
}

/** The state of a message; a failed one says why and can go again, a withdrawn one says why it did not. */
function MessageState({ message }: { message: ClientMessage }) {
  const queryClient = useQueryClient();
  const [retrying, setRetrying] = useState(false);
  const [retryError, setRetryError] = useState<string | null>(null);
  const retry = async () => {
    setRetrying(true);
    setRetryError(null);
    try {
      await messagesApi.retry(message.id);
      await queryClient.invalidateQueries({ queryKey: queryKeys.messages.all });
    } catch (error) {
      setRetryError(failureMessage(error, 'Could not retry the message'));
    } finally {
      setRetrying(false);
    }
  };
  return (
    <div className="message-state">
      <MessageStatusTag status={message.status} />
      {message.status === 'failed' && (
        <>
          {message.lastError && <span className="message-reason">{message.lastError}</span>}
          <button
            type="button"
            className="button small"
            disabled={retrying}
            onClick={() => void retry()}
            aria-label={`Retry the ${messageKindLabels[message.kind].toLowerCase()} to ${message.client.name}`}
          >
            {retrying ? 'Retrying…' : 'Retry'}
          </button>
          {retryError && (
            <span className="field-error" role="alert">
              {retryError}
            </span>
          )}
        </>
      )}
      {message.status === 'withdrawn' && message.withdrawnReason && <span className="message-reason">{message.withdrawnReason}</span>}
    </div>
  );
}

function CaughtEmails() {
  const clinic = useClinic();
  const emails = usePagedQuery<CaughtEmailSummary>({
    queryKey: queryKeys.caughtEmails.all,
    fetchPage: (cursor, signal) => messagesApi.caught({ cursor: cursor ?? undefined, limit: PAGE_SIZE }, signal),
    failureMessage: 'Could not load the caught emails',
  });
  return (
    <section className="sub-page" aria-labelledby="caught-heading">
      <h2 id="caught-heading">Caught emails</h2>
      <ErrorAlert message={emails.error} />
      <div className="table-scroll">
        <table className="data-table plain" aria-busy={emails.loading} aria-labelledby="caught-heading">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">To</th>
              <th scope="col">Received</th>
            </tr>
          </thead>
          <tbody>
            {emails.items.map((email) => (
              <tr key={email.id}>
                <td className="caught-subject">
                  <Link to={`/messages/caught/${email.id}`}>{email.subject ?? '(no subject)'}</Link>
                </td>
                <td>{email.to.join(', ')}</td>
                <td className="nowrap">{formatInstant(email.receivedAt, clinic.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!emails.loading && emails.items.length === 0 && !emails.error && <p className="empty">No emails caught yet.</p>}
      <LoadMore list={emails} />
    </section>
  );
}
