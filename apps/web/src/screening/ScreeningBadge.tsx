import type { ScreeningStatus } from '@smp/contracts';
import { formatDate } from '../shared/format';
import { OutcomeMark } from './OutcomeMark';

/** A client's screening standing today, wherever the client appears; it says nothing medical. */
export function ScreeningBadge({ status, size }: { status: ScreeningStatus; size?: 'small' | 'large' }) {
  return (
    <OutcomeMark
      standing={status.state}
      size={size}
      detail={status.state === 'defer' ? (status.deferUntil ? `until ${formatDate(status.deferUntil)}` : 'until re-screened') : undefined}
      title={status.validUntil ? `Screening valid until ${formatDate(status.validUntil)}` : undefined}
    />
  );
}
