import { describe, expect, it } from '@jest/globals';
import { bookingCancellationReason } from './plan-cancellation.js';

describe('bookingCancellationReason', () => {
  it('names the plan’s reason', () => {
    expect(bookingCancellationReason('Moving abroad')).toBe('Plan cancelled: Moving abroad');
  });

  it('cuts a long reason to what a booking holds, and says it was cut', () => {
    const reason = bookingCancellationReason('x'.repeat(500));
    expect(reason).toHaveLength(500);
    expect(reason.startsWith('Plan cancelled: xxx')).toBe(true);
    expect(reason.endsWith('x…')).toBe(true);
  });
});
