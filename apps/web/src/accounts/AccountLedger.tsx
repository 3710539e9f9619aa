import type { Account } from '@smp/contracts';
import { PaymentsTable } from '../payments/PaymentsTable';
import { InvoicesTable } from './InvoicesTable';

/** An account's documents and money movements, each newest first. */
export function AccountLedger({ account, timeZone }: { account: Account; timeZone: string }) {
  return (
    <>
      <h3>Invoices and credit notes</h3>
      <InvoicesTable invoices={account.invoices} />
      <h3>Payments and refunds</h3>
      <PaymentsTable payments={account.payments} timeZone={timeZone} label="Payments and refunds" />
    </>
  );
}
