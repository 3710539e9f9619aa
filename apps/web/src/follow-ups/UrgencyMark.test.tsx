import { FOLLOW_UP_URGENCIES } from '@smp/contracts';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UrgencyMark } from './UrgencyMark';

describe('UrgencyMark', () => {
  it('tells each urgency by words and shape as well as colour', () => {
    const shown = FOLLOW_UP_URGENCIES.map((urgency) => {
      const { container } = render(<UrgencyMark urgency={urgency} />);
      const mark = container.firstElementChild!;
      return [mark.className, mark.textContent, mark.querySelector('svg')?.getAttribute('data-icon')];
    });
    expect(shown).toEqual([
      ['outcome urgency-reschedule_requested', 'Asked to reschedule', 'pause'],
      ['outcome urgency-deposit_overdue', 'Deposit overdue', 'exclamation'],
      ['outcome urgency-overdue', 'Overdue', 'cross'],
      ['outcome urgency-closing_soon', 'Window closing', 'exclamation'],
      ['outcome urgency-open', 'Window open', 'check'],
      ['outcome urgency-not_yet_open', 'Not open yet', 'hourglass'],
      ['outcome urgency-first_session', 'First session to book', 'circle'],
      ['outcome urgency-maintenance_due', 'Maintenance due', 'renew'],
    ]);
  });
});
