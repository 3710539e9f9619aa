import type { InvoiceSummary } from '@smp/contracts';
import { Link } from 'react-router';
import { InvoiceStateMark } from '../invoices/InvoiceStateMark';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatDate } from '../shared/format';
import { formatMoney } from '../shared/money';

/** Invoices and credit notes, newest first, with what each still owes. */
export function InvoicesTable({ invoices }: { invoices: InvoiceSummary[] }) {
  if (invoices.length === 0) return <p className="empty">No invoices yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table plain" aria-label="Invoices and credit notes">
        <ColumnHeads columns={['Number', 'Date', 'Total', 'Paid', 'Due', 'State']} />
        <tbody>
          {invoices.map((invoice) => {
            const money = (minor: number) => formatMoney(minor, invoice.currency);
            const isInvoice = invoice.kind === 'invoice';
            return (
              <tr key={invoice.id}>
                <td>
                  <Link to={`/invoices/${invoice.id}`}>{invoice.number}</Link>
                </td>
                <td>{formatDate(invoice.issuedOn)}</td>
                <td className="money">{isInvoice ? money(invoice.totalMinor) : `− ${money(invoice.totalMinor)}`}</td>
                <td className="money">{isInvoice ? money(invoice.paidMinor) : '—'}</td>
                <td className="money">{isInvoice ? money(invoice.dueMinor) : '—'}</td>
                <td>
                  <InvoiceStateMark invoice={invoice} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
