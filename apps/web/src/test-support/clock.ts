import { vi } from 'vitest';

/**
 * Sets the date the page reads for the rest of the test (timers run as usual;
 * test-setup puts the real clock back), so a fixture dated in 2030 stays ahead of
 * "now" in every year the tests run.
 */
export function setClock(instant: string): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(instant));
}
