import { Link, useParams } from 'react-router';
import { lotsApi, type LotKind } from '../api/catalogue';
import { useClinic } from '../clinic/clinic-context';
import { formatInstant } from '../shared/format';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { QueryMessage } from '../shared/QueryMessage';
import { formatPhone } from '../shared/phone';
import { ColumnHeads } from '../shared/ColumnHeads';

/** Every client a lot went into, with how to reach them and the sessions it was used at: a recall list. */
export function LotRecallPage({ kind }: { kind: LotKind }) {
  const { lotId } = useParams();
  const { timeZone } = useClinic();
  const query = useRecordQuery(queryKeys.lotRecall(kind, lotId ?? ''), lotId, (id, signal) => lotsApi.recall(kind, id, signal));

  const back = (
    <p className="breadcrumb">
      <Link to="/pigments">Pigments &amp; needles</Link> /
    </p>
  );
  if (!query.data) {
    return (
      <section className="page">
        {back}
        <QueryMessage query={query} missing="There is no such lot." />
      </section>
    );
  }
  const { lot, clients } = query.data;
  const sessionCount = clients.reduce((count, entry) => count + entry.sessions.length, 0);

  return (
    <section className="page">
      {back}
      <header className="page-header">
        <h1>
          Lot <span className="mono">{lot.lotNumber}</span>
          <span className="muted">{lot.product}</span>
        </h1>
      </header>
      <p className="muted" role="status">
        {clients.length === 0
          ? 'No session has used this lot.'
          : `${clients.length} ${clients.length === 1 ? 'client' : 'clients'} received it, at ${sessionCount} ${sessionCount === 1 ? 'session' : 'sessions'}.`}
      </p>
      {clients.length > 0 && (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Clients who received the lot">
            <ColumnHeads columns={['Client', 'Phone', 'Email', 'Sessions']} />
            <tbody>
              {clients.map(({ client, sessions }) => (
                <tr key={client.id}>
                  <td>
                    <Link to={`/clients/${client.id}`}>{client.name}</Link>
                  </td>
                  <td className="nowrap">{client.phone ? <a href={`tel:${client.phone}`}>{formatPhone(client.phone)}</a> : '—'}</td>
                  <td>{client.email ? <a href={`mailto:${client.email}`}>{client.email}</a> : '—'}</td>
                  <td>
                    <ul className="plain-stack">
                      {sessions.map((session) => (
                        <li key={session.sessionRecordId}>
                          <Link to={`/session-records/${session.sessionRecordId}`}>{formatInstant(session.completedAt, timeZone)}</Link>{' '}
                          <span className="muted">with {session.artist.name}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
