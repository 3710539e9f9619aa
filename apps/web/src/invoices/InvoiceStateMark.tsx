import type { InvoiceSummary } from '@smp/contracts';
import type { IconName } from '../screening/OutcomeIcon';
import { Mark } from '../screening/OutcomeMark';
import type { Standing } from '../screening/outcome-words';

/** Each state has a shape and a word besides its colour (colour-blind staff, black-and-white printouts). */
const stateMarks: Record<InvoiceSummary['state'], { tone: Standing; icon: IconName; word: string }> = {
  unpaid: { tone: 'caution', icon: 'exclamation', word: 'Unpaid' },
  part_paid: { tone: 'clearance_required', icon: 'hourglass', word: 'Part paid' },
  paid: { tone: 'clear', icon: 'check', word: 'Paid' },
  credited: { tone: 'none', icon: 'renew', word: 'Credited' },
};

/** An invoice's payment state, or that a document is a credit note (which is not paid but paid back). */
export function InvoiceStateMark({ invoice }: { invoice: Pick<InvoiceSummary, 'kind' | 'state'> }) {
  const { tone, icon, word } = invoice.kind === 'credit_note' ? { tone: 'none' as const, icon: 'renew' as const, word: 'Credit note' } : stateMarks[invoice.state];
  return (
    <Mark tone={tone} icon={icon}>
      {word}
    </Mark>
  );
}

export const documentKindLabels: Record<InvoiceSummary['kind'], string> = { invoice: 'Invoice', credit_note: 'Credit note' };
