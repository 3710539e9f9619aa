import type { Plan } from '@smp/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { accountsApi } from '../api/accounts';
import { invoicesApi } from '../api/invoices';
import { useCan } from '../auth/use-can';
import { useClinic } from '../clinic/clinic-context';
import { afterMoneyChange } from '../data/invalidation';
import { queryKeys } from '../data/query-keys';
import { PaymentDialog, type PaymentTarget } from '../payments/PaymentDialog';
import { ErrorAlert } from '../shared/ErrorAlert';
import { formatMoney } from '../shared/money';
import { failureMessage } from '../shared/QueryMessage';
import { BalanceMark, DepositMark } from './AccountMarks';
import { AccountLedger } from './AccountLedger';
import { invoicePaymentTargets } from './money-targets';
import './accounts.css';

/** A plan's money: its deposit, invoicing its accepted quote, its invoices with what is paid and due, and its balance. */
export function PlanAccountCard({ plan }: { plan: Pick<Plan, 'id' | 'client'> }) {
  const { timeZone } = useClinic();
  const canTakePayment = useCan('payments.take');
  const canIssue = useCan('invoices.issue');
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.accounts.ofPlan(plan.id), queryFn: ({ signal }) => accountsApi.ofPlan(plan.id, signal) });
  const issue = useMutation({ mutationFn: () => invoicesApi.issueForPlan(plan.id), onSuccess: () => void afterMoneyChange(queryClient) });
  const [taking, setTaking] = useState<'deposit' | 'invoice' | null>(null);
  const account = query.data;
  const error = query.error ? failureMessage(query.error, 'Could not load the plan’s account') : issue.error ? failureMessage(issue.error, 'Could not issue the invoice; try again.') : null;
  if (!account)
    return (
      <section className="card" aria-label="Plan account">
        <ErrorAlert message={error} />
      </section>
    );

  const { deposit, currency } = account;
  const money = (minor: number) => formatMoney(minor, currency);
  // Every payment on the plan counts towards its deposit, its invoice's too: the deposit shows paid up to what it asks, never more.
  const depositLeft = Math.max(deposit.requiredMinor - deposit.paidMinor, 0);
  const offersDeposit = canTakePayment && deposit.state !== 'not_asked' && deposit.state !== 'paid' && depositLeft > 0;
  const invoiceTargets = invoicePaymentTargets(account);
  const depositTarget: PaymentTarget = { purpose: 'deposit', label: `the plan’s deposit (${money(depositLeft)} to pay)`, planId: plan.id, owedMinor: depositLeft };
  const done = () => setTaking(null);

  return (
    <section className="card plan-account" aria-labelledby="plan-account-heading">
      <div className="card-header">
        <div className="card-title">
          <h2 id="plan-account-heading">Plan account</h2>
          <BalanceMark balanceMinor={account.balanceMinor} currency={currency} />
        </div>
        {!taking && (
          <div className="actions wrap">
            {offersDeposit && (
              <button type="button" className="button primary" onClick={() => setTaking('deposit')}>
                Take deposit
              </button>
            )}
            {canTakePayment && invoiceTargets.length > 0 && (
              <button type="button" className="button" onClick={() => setTaking('invoice')}>
                Take payment
              </button>
            )}
            {canIssue && account.canInvoicePlan && (
              <button type="button" className="button" disabled={issue.isPending} onClick={() => issue.mutate()}>
                Issue invoice
              </button>
            )}
          </div>
        )}
      </div>
      <ErrorAlert message={error} />
      {issue.data && (
        <p className="alert info" role="status">
          Invoice <Link to={`/invoices/${issue.data.id}`}>{issue.data.number}</Link> issued for {money(issue.data.totalMinor)}.
        </p>
      )}
      {taking && (
        <PaymentDialog
          title={taking === 'deposit' ? 'Take deposit' : 'Take payment'}
          clientId={plan.client.id}
          currency={currency}
          targets={taking === 'deposit' ? [depositTarget] : invoiceTargets}
          onDone={done}
          onCancel={done}
        />
      )}
      <dl className="details">
        <dt>Quote</dt>
        <dd>{account.quote ? `${money(account.quote.totalMinor)}${account.acceptedQuote ? ', signed' : ', not signed yet'}` : 'None yet'}</dd>
        <dt>Deposit</dt>
        <dd>
          <DepositMark deposit={deposit} timeZone={timeZone} />
          {deposit.state !== 'not_asked' && (
            <span className="deposit-figures">
              {' '}
              {money(deposit.requiredMinor - depositLeft)} of {money(deposit.requiredMinor)} paid
            </span>
          )}
        </dd>
        <dt>Invoiced</dt>
        <dd>{money(account.invoicedMinor - account.creditedMinor)}</dd>
        <dt>Paid</dt>
        <dd>{money(account.paidMinor)}</dd>
      </dl>
      <AccountLedger account={account} timeZone={timeZone} />
    </section>
  );
}
