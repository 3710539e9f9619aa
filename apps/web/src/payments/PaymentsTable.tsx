import type { Payment } from '@smp/contracts';
import { Link } from 'react-router';
import { ColumnHeads } from '../shared/ColumnHeads';
import { formatInstant } from '../shared/format';
import { formatMoney } from '../shared/money';
import { paymentMethodLabels, paymentPurposeLabels } from './labels';

interface PaymentsTableProps {
  payments: Payment[];
  timeZone: string;
  label: string;
}

/** Payments and refunds, newest first: a refund reads as money going out. */
export function PaymentsTable({ payments, timeZone, label }: PaymentsTableProps) {
  if (payments.length === 0) return <p className="empty">No payments yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table plain" aria-label={label}>
        <ColumnHeads columns={['Received', 'For', 'Method', 'Amount']} />
        <tbody>
          {payments.map((payment) => (
            <tr key={payment.id}>
              <td>{formatInstant(payment.receivedAt, timeZone)}</td>
              <td>
                {paymentPurposeLabels[payment.purpose]}
                {payment.invoice && (
                  <>
                    {' '}
                    <Link to={`/invoices/${payment.invoice.id}`}>{payment.invoice.number}</Link>
                  </>
                )}
              </td>
              <td>
                {paymentMethodLabels[payment.method]}
                {payment.reference && <span className="muted"> · {payment.reference}</span>}
              </td>
              <td className="money">
                {payment.kind === 'refund' ? `− ${formatMoney(payment.amountMinor, payment.currency)} (refunded)` : formatMoney(payment.amountMinor, payment.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
