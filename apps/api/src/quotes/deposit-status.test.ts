import { describe, expect, it } from '@jest/globals';
import { depositStatus, type DepositFacts } from './deposit-status.js';

const policy = { depositDueDaysBefore: 7, timeZone: 'America/New_York' };
const sessionOne = { startsAt: new Date('2030-03-20T14:00:00Z'), bookedAt: new Date('2030-02-01T15:00:00Z') };
/** Seven clinic days before session 1, at its local time. */
const usualDeadline = '2030-03-13T14:00:00.000Z';
const facts = (overrides: Partial<DepositFacts>): DepositFacts => ({ requiredMinor: 50_000, sessionOne, paidMinor: 0, ...overrides });

describe('a plan’s deposit', () => {
  it('is not asked without an accepted quote, or when the quote asks for none', () => {
    expect(depositStatus(facts({ requiredMinor: null }), policy, new Date('2030-03-19T00:00:00Z'))).toEqual({ state: 'not_asked', requiredMinor: 0, paidMinor: 0, dueAt: usualDeadline });
    expect(depositStatus(facts({ requiredMinor: 0, sessionOne: null }), policy, new Date()).state).toBe('not_asked');
  });

  it('waits for session 1 to be booked before it has a deadline', () => {
    expect(depositStatus(facts({ sessionOne: null, paidMinor: 10_000 }), policy, new Date('2030-03-19T00:00:00Z'))).toEqual({
      state: 'awaiting_booking',
      requiredMinor: 50_000,
      paidMinor: 10_000,
      dueAt: null,
    });
  });

  it('is due until its deadline, overdue after it', () => {
    expect(depositStatus(facts({}), policy, new Date('2030-03-13T14:00:00Z'))).toMatchObject({ state: 'due', dueAt: usualDeadline });
    expect(depositStatus(facts({ paidMinor: 49_999 }), policy, new Date('2030-03-13T14:00:01Z'))).toMatchObject({ state: 'overdue', paidMinor: 49_999, dueAt: usualDeadline });
  });

  it('gives a late booking a day to pay, never past session 1', () => {
    const late = { startsAt: new Date('2030-03-20T14:00:00Z'), bookedAt: new Date('2030-03-18T09:00:00Z') };
    expect(depositStatus(facts({ sessionOne: late }), policy, new Date('2030-03-19T08:59:00Z'))).toMatchObject({ state: 'due', dueAt: '2030-03-19T09:00:00.000Z' });
    const lastMinute = { startsAt: new Date('2030-03-20T14:00:00Z'), bookedAt: new Date('2030-03-20T10:00:00Z') };
    expect(depositStatus(facts({ sessionOne: lastMinute }), policy, new Date('2030-03-20T14:00:01Z'))).toMatchObject({ state: 'overdue', dueAt: '2030-03-20T14:00:00.000Z' });
  });

  it('is paid once the plan’s payments less its refunds cover it, booked or not, late or not', () => {
    expect(depositStatus(facts({ paidMinor: 50_000 }), policy, new Date('2030-04-01T00:00:00Z'))).toMatchObject({ state: 'paid', paidMinor: 50_000 });
    expect(depositStatus(facts({ paidMinor: 60_000, sessionOne: null }), policy, new Date()).state).toBe('paid');
  });
});
