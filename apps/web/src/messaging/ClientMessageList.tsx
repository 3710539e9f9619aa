import type { ClientMessage } from '@smp/contracts';
import { messagesApi } from '../api/messaging';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { usePagedQuery } from '../data/use-paged-query';
import { ErrorAlert } from '../shared/ErrorAlert';
import { LoadMore } from '../data/LoadMore';
import { messageChannelLabels, messageKindLabels } from './labels';
import { messageWhen } from './message-words';
import { MessageStatusTag } from './MessageStatusTag';

const SHOWN_AT_FIRST = 5;

/** The messages sent and to come for one client, newest first: a few, then more on request. */
export function ClientMessageList({ clientId, view }: { clientId: string; view: string }) {
  const clinic = useClinic();
  const messages = usePagedQuery<ClientMessage>({
    queryKey: queryKeys.messages.ofClient(clientId, view),
    fetchPage: (cursor, signal) => messagesApi.forClient(clientId, { cursor: cursor ?? undefined, limit: SHOWN_AT_FIRST, view }, signal),
    failureMessage: 'Could not load the client’s messages',
  });
  return (
    <div className="sub-section">
      <h3 id="client-messages-heading">Sent and scheduled</h3>
      <ErrorAlert message={messages.error} />
      {messages.items.length > 0 && (
        <ul className="plain-list" aria-labelledby="client-messages-heading">
          {messages.items.map((message) => (
            <li key={message.id} className="stacked">
              <span>
                {messageKindLabels[message.kind]}
                <MessageStatusTag status={message.status} />
              </span>
              <span className="muted">
                {messageWhen(message, clinic.timeZone)}
                {message.channel && ` · ${messageChannelLabels[message.channel]} to ${message.recipient ?? '—'}`}
                {message.status === 'failed' && message.lastError && ` · ${message.lastError}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {!messages.loading && messages.items.length === 0 && !messages.error && <p className="empty">No messages yet.</p>}
      <LoadMore list={messages} label="Show more" />
    </div>
  );
}
