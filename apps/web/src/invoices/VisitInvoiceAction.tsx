import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { invoicesApi } from '../api/invoices';
import { useCan } from '../auth/use-can';
import { afterMoneyChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { formatMoney } from '../shared/money';
import './invoices.css';

/**
 * Invoicing a visit from its appointment: what it charges (a charged session, a
 * late-cancellation or no-show fee) reviewed, then issued. Nothing shows when the
 * visit charges nothing.
 */
export function VisitInvoiceAction({ appointmentId }: { appointmentId: string }) {
  const canIssue = useCan('invoices.issue');
  const queryClient = useQueryClient();
  const draft = useQuery({ queryKey: queryKeys.invoices.visitDraft(appointmentId), queryFn: ({ signal }) => invoicesApi.visitDraft(appointmentId, signal), enabled: canIssue });
  const [reviewing, setReviewing] = useState(false);
  const issue = useMutation({
    mutationFn: () => invoicesApi.issueForVisit(appointmentId, draft.data?.lines ?? []),
    onSuccess: () => {
      setReviewing(false);
      void afterMoneyChange(queryClient);
    },
  });
  if (!draft.data) return null;
  const { lines, invoiced, currency, pricesIncludeTax } = draft.data;

  return (
    <div className="visit-invoice">
      {invoiced.length > 0 && (
        <p>
          Invoiced:{' '}
          {invoiced.map((invoice, index) => (
            <span key={invoice.id}>
              {index > 0 && ', '}
              <Link to={`/invoices/${invoice.id}`}>{invoice.number}</Link>
            </span>
          ))}
        </p>
      )}
      {lines.length > 0 && !reviewing && (
        <button type="button" className="button small" onClick={() => setReviewing(true)}>
          Invoice the visit…
        </button>
      )}
      {reviewing && lines.length > 0 && (
        <div className="alert info" role="group" aria-label="Invoice the visit">
          <ErrorAlert message={issue.error ? failureMessage(issue.error, 'Could not issue the invoice; try again.') : null} />
          <ul>
            {lines.map((line, index) => (
              <li key={index}>
                {line.description}
                {line.quantity > 1 && ` × ${line.quantity}`}: {line.kind === 'discount' ? '− ' : ''}
                {formatMoney(line.unitPriceMinor * line.quantity, currency)}
              </li>
            ))}
          </ul>
          <p className="hint">{pricesIncludeTax ? 'Prices include tax.' : 'Tax is added at the clinic’s rates.'}</p>
          <div className="actions">
            <button type="button" className="button primary small" disabled={issue.isPending} onClick={() => issue.mutate()}>
              Issue invoice
            </button>
            <button type="button" className="button subtle small" onClick={() => setReviewing(false)}>
              Not now
            </button>
          </div>
        </div>
      )}
      {issue.data && (
        <p role="status">
          Invoice <Link to={`/invoices/${issue.data.id}`}>{issue.data.number}</Link> issued.
        </p>
      )}
    </div>
  );
}
