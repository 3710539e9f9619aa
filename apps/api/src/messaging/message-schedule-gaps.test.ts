import { describe, expect, it } from '@jest/globals';
import { zonedInstant } from '@smp/contracts';
import { preparationTime, reminderTimes, type SendingRules } from './message-schedule.js';

const rules: SendingRules = { timeZone: 'America/New_York', reminderHours: [24], quietHours: { start: '21:00', end: '08:00' }, preparationDaysBefore: 2 };
const at = (date: string, time: string) => zonedInstant(date, time, rules.timeZone);

describe('a reminder that quiet hours push into the past', () => {
  // 24 h before a 07:30 start is 07:30 the day before, in quiet hours: it would go at 20:30 two evenings before.
  const startsAt = at('2027-05-20', '07:30');

  it('goes now instead, when it is booked after that evening but not in quiet hours', () => {
    expect(reminderTimes(startsAt, rules, at('2027-05-18', '20:45'))).toEqual([{ hours: 24, sendAt: at('2027-05-18', '20:45') }]);
  });

  it('goes when quiet hours end, when it is booked during them and they end before the visit', () => {
    expect(reminderTimes(startsAt, rules, at('2027-05-18', '23:00'))).toEqual([{ hours: 24, sendAt: at('2027-05-19', '08:00') }]);
  });

  it('is not needed when another reminder is still to go', () => {
    const twoReminders = { ...rules, reminderHours: [24, 12] };
    // 12 h before is 19:30 the evening before: still to come.
    expect(reminderTimes(startsAt, twoReminders, at('2027-05-18', '20:45'))).toEqual([{ hours: 12, sendAt: at('2027-05-19', '19:30') }]);
  });

  it('is still not sent once its own time has passed (the booking confirmation says it all)', () => {
    expect(reminderTimes(startsAt, rules, at('2027-05-19', '09:00'))).toEqual([]);
  });
});

describe('a preparation booked too late for its day', () => {
  it('goes as soon as it may, if that is before the visit', () => {
    // A session on Thursday 10:00, booked on Wednesday afternoon: its day (Tuesday) has passed.
    const startsAt = at('2027-05-20', '10:00');
    expect(preparationTime('plan_session', startsAt, rules, at('2027-05-19', '15:00'))).toEqual(at('2027-05-19', '15:00'));
    // Booked in quiet hours, it waits for them to end.
    expect(preparationTime('plan_session', startsAt, rules, at('2027-05-19', '22:00'))).toEqual(at('2027-05-20', '08:00'));
    // Not when quiet hours last until the visit starts.
    expect(preparationTime('plan_session', at('2027-05-20', '07:30'), rules, at('2027-05-19', '22:00'))).toBeNull();
  });
});
