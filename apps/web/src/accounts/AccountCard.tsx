import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accountsApi } from '../api/accounts';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { queryKeys } from '../data/query-keys';
import { PaymentDialog } from '../payments/PaymentDialog';
import { RefundDialog } from '../payments/RefundDialog';
import { ErrorAlert } from '../shared/ErrorAlert';
import { failureMessage } from '../shared/QueryMessage';
import { BalanceMark } from './AccountMarks';
import { AccountLedger } from './AccountLedger';
import { invoicePaymentTargets, refundTargets } from './money-targets';
import './accounts.css';

/** A client's account: the balance, invoices and credit notes, payments and refunds; taking payments (reception, owner) and refunds (owner). */
export function AccountCard({ clientId }: { clientId: string }) {
  const { timeZone } = useClinic();
  const canTakePayment = useCan('payments.take');
  const canRefund = useCan('refunds.issue');
  const query = useQuery({ queryKey: queryKeys.accounts.ofClient(clientId), queryFn: ({ signal }) => accountsApi.ofClient(clientId, signal) });
  const [action, setAction] = useState<'payment' | 'refund' | null>(null);
  const account = query.data;
  const refunds = account ? refundTargets(account) : [];
  const done = () => setAction(null);

  return (
    <section className="card wide" aria-labelledby="account-heading">
      <div className="card-header">
        <div className="card-title">
          <h2 id="account-heading">Account</h2>
          {account && <BalanceMark balanceMinor={account.balanceMinor} currency={account.currency} />}
        </div>
        {account && !action && (
          <div className="actions">
            {canTakePayment && (
              <button type="button" className="button" onClick={() => setAction('payment')}>
                Take payment
              </button>
            )}
            {canRefund && refunds.length > 0 && (
              <button type="button" className="button subtle" onClick={() => setAction('refund')}>
                Refund
              </button>
            )}
          </div>
        )}
      </div>
      <ErrorAlert message={query.error ? failureMessage(query.error, 'Could not load the account') : null} />
      {account && action === 'payment' && (
        <PaymentDialog
          title="Take payment"
          clientId={clientId}
          currency={account.currency}
          targets={[...invoicePaymentTargets(account), { purpose: 'credit', label: 'credit on the account (in advance)', owedMinor: null }]}
          onDone={done}
          onCancel={done}
        />
      )}
      {account && action === 'refund' && <RefundDialog clientId={clientId} currency={account.currency} targets={refunds} onDone={done} onCancel={done} />}
      {account && <AccountLedger account={account} timeZone={timeZone} />}
    </section>
  );
}
