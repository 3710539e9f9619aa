import type { Invoice, Payment } from '@smp/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { accountsApi } from '../api/accounts';
import { invoicesApi } from '../api/invoices';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { useRecordQuery } from '../data/use-record-query';
import { PaymentDialog } from '../payments/PaymentDialog';
import { PaymentsTable } from '../payments/PaymentsTable';
import { RefundDialog } from '../payments/RefundDialog';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatDate, formatInstant } from '../shared/format';
import { formatMoney } from '../shared/money';
import { QueryMessage } from '../shared/QueryMessage';
import { CreditNoteForm } from './CreditNoteForm';
import { documentKindLabels, InvoiceStateMark } from './InvoiceStateMark';
import './invoices.css';

type Action = 'payment' | 'credit-note' | 'refund' | null;

/** An invoice or credit note as the document the client gets, with its PDF, and what can be done with it by role. */
export function InvoicePage() {
  const { id } = useParams();
  const { timeZone } = useClinic();
  const canTakePayment = useCan('payments.take');
  const canRefund = useCan('refunds.issue');
  const query = useRecordQuery(queryKeys.invoices.detail(id ?? ''), id, invoicesApi.get);
  const clientId = query.data?.client.id;
  // The payments and refunds naming this document are on its client's account.
  const account = useQuery({ queryKey: queryKeys.accounts.ofClient(clientId ?? ''), queryFn: ({ signal }) => accountsApi.ofClient(clientId!, signal), enabled: !!clientId });
  const [action, setAction] = useState<Action>(null);

  if (!query.data) return <QueryMessage query={query} missing="There is no such invoice." back={{ to: '/clients', label: 'Back to clients' }} />;
  const invoice = query.data;
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  const movements = account.data?.payments.filter((payment) => payment.invoice?.id === invoice.id) ?? [];
  const isInvoice = invoice.kind === 'invoice';
  const pdf = invoicesApi.pdfUrl(invoice.id);
  const done = () => setAction(null);

  return (
    <section className="page invoice-page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link> / <Link to={`/clients/${invoice.client.id}`}>{invoice.client.name}</Link> /
      </p>
      <header className="page-header">
        <h1>
          {documentKindLabels[invoice.kind]} {invoice.number} <InvoiceStateMark invoice={invoice} />
        </h1>
        <div className="actions wrap">
          <a className="button" href={pdf} download={`${invoice.number}.pdf`}>
            Download PDF
          </a>
          <a className="button" href={pdf} target="_blank" rel="noopener">
            Print
          </a>
          {isInvoice && canTakePayment && invoice.dueMinor > 0 && (
            <button type="button" className="button primary" onClick={() => setAction('payment')}>
              Take payment
            </button>
          )}
          {isInvoice && canRefund && invoice.totalMinor > invoice.creditedMinor && (
            <button type="button" className="button subtle" onClick={() => setAction('credit-note')}>
              Issue credit note
            </button>
          )}
          {!isInvoice && canRefund && (
            <button type="button" className="button subtle" onClick={() => setAction('refund')}>
              Refund
            </button>
          )}
        </div>
      </header>
      {action === 'payment' && (
        <PaymentDialog
          title="Take payment"
          clientId={invoice.client.id}
          currency={invoice.currency}
          targets={[{ purpose: 'invoice', label: `${invoice.number} (due ${money(invoice.dueMinor)})`, invoiceId: invoice.id, planId: invoice.planId, owedMinor: invoice.dueMinor }]}
          onDone={done}
          onCancel={done}
        />
      )}
      {action === 'credit-note' && <CreditNoteForm invoice={invoice} onCancel={done} />}
      {action === 'refund' && (
        <RefundDialog
          clientId={invoice.client.id}
          currency={invoice.currency}
          targets={[{ label: invoice.number, creditNoteId: invoice.id, planId: invoice.planId, refundableMinor: Math.max(invoice.totalMinor - refunded(movements), 0) }]}
          onDone={done}
          onCancel={done}
        />
      )}
      <InvoiceDocument invoice={invoice} timeZone={timeZone} />
      <section className="card" aria-labelledby="invoice-payments-heading">
        <h2 id="invoice-payments-heading">{isInvoice ? 'Payments' : 'Refunds'}</h2>
        <PaymentsTable payments={movements} timeZone={timeZone} label={isInvoice ? 'Payments' : 'Refunds'} />
      </section>
    </section>
  );
}

const refunded = (movements: Payment[]) => movements.filter((movement) => movement.kind === 'refund').reduce((sum, movement) => sum + movement.amountMinor, 0);

/** Seller, buyer, lines and totals, laid out like the printed invoice. */
function InvoiceDocument({ invoice, timeZone }: { invoice: Invoice; timeZone: string }) {
  const money = (minor: number) => formatMoney(minor, invoice.currency);
  return (
    <article className="card invoice-document" aria-label={`${documentKindLabels[invoice.kind]} ${invoice.number}`}>
      <div className="invoice-parties">
        <address>
          <strong>{invoice.seller.name}</strong>
          {[invoice.seller.address, invoice.seller.taxId && `Tax id ${invoice.seller.taxId}`, invoice.seller.phone, invoice.seller.email].filter(Boolean).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
        <address>
          <span className="muted">Billed to</span>
          <strong>{invoice.buyer.name}</strong>
          {[invoice.buyer.address, invoice.buyer.email].filter(Boolean).map((line) => (
            <span key={line}>{line}</span>
          ))}
        </address>
      </div>
      <dl className="details">
        <dt>Number</dt>
        <dd>{invoice.number}</dd>
        <dt>Issued</dt>
        <dd>
          {formatDate(invoice.issuedOn)} by {invoice.issuedBy.name}
        </dd>
        {invoice.creditedInvoice && (
          <>
            <dt>Credits</dt>
            <dd>
              <Link to={`/invoices/${invoice.creditedInvoice.id}`}>{invoice.creditedInvoice.number}</Link>
            </dd>
          </>
        )}
        {invoice.reason && (
          <>
            <dt>Reason</dt>
            <dd>{invoice.reason}</dd>
          </>
        )}
      </dl>
      <div className="table-scroll">
        <table className="data-table plain invoice-lines" aria-label="Lines">
          <ColumnHeads columns={['Description', 'Qty', 'Unit price', 'Tax', 'Total']} />
          <tbody>
            {invoice.lines.map((line) => (
              <tr key={line.lineNumber}>
                <td>
                  {line.description}
                  {line.discountReason && <span className="muted"> — {line.discountReason}</span>}
                </td>
                <td>{line.quantity}</td>
                <td className="money">{money(line.unitPriceMinor)}</td>
                <td>
                  {line.taxName} ({line.taxBasisPoints / 100}%)
                </td>
                <td className="money">{money(line.totalMinor)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="details invoice-totals">
        <dt>{invoice.pricesIncludeTax ? 'Net (prices include tax)' : 'Net'}</dt>
        <dd className="money">{money(invoice.netMinor)}</dd>
        <dt>Tax</dt>
        <dd className="money">{money(invoice.taxMinor)}</dd>
        <dt>Total</dt>
        <dd className="money">
          <strong>{money(invoice.totalMinor)}</strong>
        </dd>
        {invoice.kind === 'invoice' && (
          <>
            {invoice.creditedMinor > 0 && (
              <>
                <dt>Credited</dt>
                <dd className="money">{money(invoice.creditedMinor)}</dd>
              </>
            )}
            <dt>Paid</dt>
            <dd className="money">{money(invoice.paidMinor)}</dd>
            <dt>Due</dt>
            <dd className="money">
              <strong>{money(invoice.dueMinor)}</strong>
            </dd>
          </>
        )}
      </dl>
      {invoice.creditNotes.length > 0 && (
        <>
          <h3>Credit notes</h3>
          <ul>
            {invoice.creditNotes.map((note) => (
              <li key={note.id}>
                <Link to={`/invoices/${note.id}`}>{note.number}</Link>, {formatInstant(note.issuedAt, timeZone)}: {money(note.totalMinor)}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
