import { dateInZone, type SessionRecord } from '@smp/contracts';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { historyApi, sessionRecordsApi } from '../api/sessions';
import { useClinic } from '../clinic/clinic-context';
import { formatDate } from '../shared/format';
import { AftercareSchedule } from './AftercareSchedule';

/** The aftercare of the client's latest session, for when they call with a question; nothing before a first session. */
export function LatestAftercare({ clientId }: { clientId: string }) {
  const { timeZone } = useClinic();
  const [record, setRecord] = useState<SessionRecord | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    historyApi
      .list(clientId, { types: ['session'], limit: 1 }, controller.signal)
      .then(({ items: [latest] }) => (latest?.link ? sessionRecordsApi.get(latest.link.id, controller.signal) : null))
      .then(setRecord)
      // The card is a convenience beside the history, which says what failed.
      .catch(() => {});
    return () => controller.abort();
  }, [clientId]);

  if (!record) return null;
  return (
    <section className="card wide" aria-labelledby="latest-aftercare-heading">
      <div className="card-header">
        <h2 id="latest-aftercare-heading">Aftercare after the latest session</h2>
        <Link className="button subtle" to={`/session-records/${record.id}`}>
          Session of {formatDate(dateInZone(new Date(record.completedAt), timeZone))}: record and printable sheet
        </Link>
      </div>
      <AftercareSchedule steps={record.aftercare} />
    </section>
  );
}
