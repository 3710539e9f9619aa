import type { Client } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { plansApi } from '../api/plans';
import { useCan } from '../auth/use-can';
import { styleLabels } from '../consultations/labels';
import { queryKeys } from '../data/query-keys';
import { failureMessage } from '../shared/QueryMessage';
import { formatMoney } from '../shared/money';
import { planStatusLabels, planStatusTags } from './labels';
import { PlanForm } from './PlanForm';
import { ErrorAlert } from '../shared/ErrorAlert';
import { ColumnHeads } from '../shared/ColumnHeads';

/** The client's treatment plans, newest first, and planning a new one. */
export function PlansCard({ client }: { client: Client }) {
  const navigate = useNavigate();
  const canWrite = useCan('plans.write');
  const [planning, setPlanning] = useState(false);
  const query = useQuery({ queryKey: queryKeys.plans.ofClient(client.id), queryFn: ({ signal }) => plansApi.list(client.id, signal) });
  const plans = query.data?.items;
  const error = query.error ? failureMessage(query.error, 'Could not load the plans') : null;

  return (
    <section className="card wide" aria-labelledby="plans-heading">
      <div className="card-header">
        <h2 id="plans-heading">Treatment plans</h2>
        {canWrite && !client.archivedAt && !planning && (
          <button type="button" className="button" onClick={() => setPlanning(true)}>
            New plan
          </button>
        )}
      </div>
      {planning && <PlanForm clientId={client.id} onCreated={(plan) => navigate(`/clients/${client.id}/plans/${plan.id}`)} onCancel={() => setPlanning(false)} />}
      <ErrorAlert message={error} />
      {plans?.length === 0 && <p className="empty">No treatment plans yet.</p>}
      {plans && plans.length > 0 && (
        <div className="table-scroll">
          <table className="data-table plain" aria-label="Treatment plans">
            <ColumnHeads columns={['Style', 'Artist', 'Sessions', 'Price', 'Status']} />
            <tbody>
              {plans.map((plan) => {
                const done = plan.sessions.filter((session) => session.appointment?.status === 'completed').length;
                return (
                  <tr key={plan.id}>
                    <td>
                      <Link to={`/clients/${client.id}/plans/${plan.id}`}>{styleLabels[plan.style]}</Link>
                    </td>
                    <td>{plan.artist.name}</td>
                    <td>
                      {done} of {plan.sessions.length} done
                    </td>
                    <td>{formatMoney(plan.quotedPriceMinor, plan.currency)}</td>
                    <td>
                      <span className={planStatusTags[plan.status]}>{planStatusLabels[plan.status]}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
