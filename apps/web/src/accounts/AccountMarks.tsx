import { dateInZone, type DepositStatus } from '@smp/contracts';
import { Mark } from '../screening/OutcomeMark';
import { formatDate } from '../shared/format';
import { formatMoney } from '../shared/money';

/** What the client owes, or the credit the clinic holds for them, in words and a shape as well as colour. */
export function BalanceMark({ balanceMinor, currency }: { balanceMinor: number; currency: string }) {
  if (balanceMinor > 0)
    return (
      <Mark tone="caution" icon="exclamation">
        Owes {formatMoney(balanceMinor, currency)}
      </Mark>
    );
  if (balanceMinor < 0)
    return (
      <Mark tone="clearance_required" icon="circle">
        In credit {formatMoney(-balanceMinor, currency)}
      </Mark>
    );
  return (
    <Mark tone="clear" icon="check">
      Settled
    </Mark>
  );
}

/** Where a plan's deposit stands; its deadline is a day in the clinic's time zone. */
export function DepositMark({ deposit, timeZone }: { deposit: DepositStatus; timeZone: string }) {
  const dueOn = deposit.dueAt ? formatDate(dateInZone(new Date(deposit.dueAt), timeZone)) : null;
  switch (deposit.state) {
    case 'not_asked':
      return (
        <Mark tone="none" icon="circle">
          Not asked
        </Mark>
      );
    case 'awaiting_booking':
      return (
        <Mark tone="clearance_required" icon="hourglass">
          Asked; due once session 1 is booked
        </Mark>
      );
    case 'due':
      return (
        <Mark tone="caution" icon="hourglass">
          Due by {dueOn}
        </Mark>
      );
    case 'overdue':
      return (
        <Mark tone="not_suitable" icon="exclamation">
          Overdue since {dueOn}
        </Mark>
      );
    case 'paid':
      return (
        <Mark tone="clear" icon="check">
          Paid
        </Mark>
      );
  }
}
