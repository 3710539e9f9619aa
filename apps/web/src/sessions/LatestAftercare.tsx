import { dateInZone } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { historyApi } from '../api/sessions';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { useSessionRecordQuery } from '../data/record-queries';
import { formatDate } from '../shared/format';
import { todayIn } from '../shared/zoned-time';
import { aftercareEndsOn, aftercareIsCurrent } from './aftercare';
import { AftercareSchedule } from './AftercareSchedule';

/**
 * The aftercare of the client's latest session, for when they call with a question, while they
 * are still following it; afterwards just the way to that session's record. Nothing before a first session.
 */
export function LatestAftercare({ clientId, view }: { clientId: string; view: string }) {
  const { timeZone } = useClinic();
  // The card is a convenience beside the history, which says what failed.
  const latest = useQuery({
    queryKey: queryKeys.history.latestSession(clientId),
    queryFn: ({ signal }) => historyApi.list(clientId, { types: ['session'], limit: 1, view }, signal),
    select: ({ items: [entry] }) => entry?.link?.id ?? null,
  });
  const record = useSessionRecordQuery(latest.data ?? undefined).data;

  if (!record) return null;
  const endsOn = aftercareEndsOn(record.aftercare);
  const current = aftercareIsCurrent(record.aftercare, todayIn(timeZone));
  return (
    <section className="card wide" aria-labelledby="latest-aftercare-heading">
      <div className="card-header">
        <h2 id="latest-aftercare-heading">{current ? 'Aftercare after the latest session' : 'Latest session'}</h2>
        <Link className="button subtle" to={`/session-records/${record.id}`}>
          Session of {formatDate(dateInZone(new Date(record.completedAt), timeZone))}: record and printable sheet
        </Link>
      </div>
      {current ? <AftercareSchedule steps={record.aftercare} /> : endsOn && <p className="muted">Its aftercare ended on {formatDate(endsOn)}.</p>}
    </section>
  );
}
