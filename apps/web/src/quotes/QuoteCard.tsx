import { dateInZone, type Plan, type Quote } from '@smp/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { quotesApi } from '../api/quotes';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatDate } from '../shared/format';
import { formatMoney } from '../shared/money';
import { failureMessage } from '../shared/QueryMessage';
import { QuoteDocument } from './QuoteDocument';
import { QuoteEditor } from './QuoteEditor';
import { QuoteSigning } from './QuoteSigning';
import './quotes.css';

const statusLabels: Record<Quote['status'], string> = { presented: 'Awaiting signature', accepted: 'Accepted', superseded: 'Superseded' };

/** The plan's quote: its latest version to present, have signed, or replace with a new one; the versions it replaced folded away. */
export function QuoteCard({ plan }: { plan: Plan }) {
  const { timeZone } = useClinic();
  const canWrite = useCan('quotes.write') && (plan.status === 'draft' || plan.status === 'active');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.quotes.versions(plan.id), queryFn: ({ signal }) => quotesApi.list(plan.id, signal) });
  const [mode, setMode] = useState<'reading' | 'editing' | 'signing'>('reading');
  const [latest, ...earlier] = [...(query.data ?? [])].sort((a, b) => b.version - a.version);

  /**
   * A quote presented or accepted: shown at once as the latest; the versions refetched for what it superseded,
   * and the plan's account for the deposit the signed quote asks for and the invoice it allows.
   */
  const changed = (quote: Quote) => {
    queryClient.setQueryData<Quote[]>(queryKeys.quotes.versions(plan.id), (versions = []) => [quote, ...versions.filter((version) => version.id !== quote.id)]);
    setMode('reading');
    void queryClient.invalidateQueries({ queryKey: queryKeys.quotes.ofPlan(plan.id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.plans.detail(plan.id) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.accounts.ofPlan(plan.id) });
  };

  if (mode === 'signing' && latest) {
    return (
      <section className="card wide quote-card signing">
        <QuoteSigning quote={latest} clientName={plan.client.name} onAccepted={changed} onCancel={() => setMode('reading')} />
      </section>
    );
  }

  return (
    <section className="card wide quote-card" aria-labelledby="quote-heading">
      <div className="card-header">
        <h2 id="quote-heading">
          Quote{latest && ` · version ${latest.version}`} {latest && <span className={latest.status === 'accepted' ? 'tag info' : 'tag'}>{statusLabels[latest.status]}</span>}
        </h2>
        {canWrite && mode === 'reading' && (
          <div className="actions">
            {latest?.status === 'presented' && (
              <button type="button" className="button primary" onClick={() => setMode('signing')}>
                Client signs
              </button>
            )}
            {query.data && (
              <button type="button" className={latest ? 'button' : 'button primary'} onClick={() => setMode('editing')}>
                {latest ? 'New quote' : 'Prepare quote'}
              </button>
            )}
          </div>
        )}
      </div>
      <ErrorAlert message={query.error ? failureMessage(query.error, 'Could not load the plan’s quote') : null} />
      {query.data && !latest && mode === 'reading' && <p className="muted">No quote yet: prepare one from the price list to present to the client.</p>}
      {mode === 'editing' && <QuoteEditor planId={plan.id} onPresented={changed} onCancel={() => setMode('reading')} />}
      {latest && (
        <>
          {mode === 'editing' && <h3>The quote now</h3>}
          <QuoteDocument quote={latest} />
          {latest.acceptance && (
            <p className="quote-acceptance">
              Accepted by <strong>{latest.acceptance.signedName}</strong> on {formatDate(dateInZone(new Date(latest.acceptance.acceptedAt), timeZone))}, witnessed by{' '}
              {latest.acceptance.witnessedBy.name}.
              <img className="signature-image" src={quotesApi.signatureUrl(latest.id)} alt={`Signature of ${latest.acceptance.signedName}`} />
            </p>
          )}
          {latest.status === 'presented' && (
            <p className="hint">
              Presented by {latest.createdBy.name} on {formatDate(dateInZone(new Date(latest.createdAt), timeZone))}; the client accepts it by signing.
            </p>
          )}
        </>
      )}
      {earlier.map((quote) => (
        <details key={quote.id} className="quote-earlier">
          <summary>
            Version {quote.version}, superseded · {formatMoney(quote.totalMinor, quote.currency)}
            {quote.acceptance && `, signed by ${quote.acceptance.signedName}`}
          </summary>
          <QuoteDocument quote={quote} />
        </details>
      ))}
    </section>
  );
}
