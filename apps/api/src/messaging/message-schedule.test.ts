import { describe, expect, it } from '@jest/globals';
import { zonedInstant } from '@smp/contracts';
import { firstTimeAllowed, nextSessionWindowTime, preparationTime, reminderTimes, sendingTime, type SendingRules } from './message-schedule.js';

const rules: SendingRules = { timeZone: 'America/New_York', reminderHours: [48, 24], quietHours: { start: '21:00', end: '08:00' }, preparationDaysBefore: 2 };
const at = (date: string, time: string) => zonedInstant(date, time, rules.timeZone);
const longAgo = new Date('2000-01-01T00:00:00Z');

describe('reminders', () => {
  it("go the clinic's hours before the start", () => {
    expect(reminderTimes(at('2027-03-18', '14:00'), rules, longAgo)).toEqual([
      { hours: 48, sendAt: at('2027-03-16', '14:00') },
      { hours: 24, sendAt: at('2027-03-17', '14:00') },
    ]);
  });

  it('count real hours across a change of the clocks: 24 h before 10:00 the morning they went forward is 09:00 the day before', () => {
    // New York's clocks go forward at 02:00 on Sunday 14 March 2027.
    const [, day] = reminderTimes(at('2027-03-14', '10:00'), rules, longAgo);
    expect(day).toEqual({ hours: 24, sendAt: at('2027-03-13', '09:00') });
    expect(day!.sendAt.getTime()).toBe(at('2027-03-14', '10:00').getTime() - 24 * 3_600_000);
  });

  it('due in quiet hours go before they begin, the same local evening', () => {
    // 24 h before a 07:30 start is 07:30 the day before, in quiet hours since 21:00 the evening before that.
    const [, day] = reminderTimes(at('2027-05-20', '07:30'), rules, longAgo);
    expect(day!.sendAt).toEqual(at('2027-05-18', '20:30'));
    // 48 h before a 22:00 start falls after 21:00 that evening.
    const [twoDays] = reminderTimes(at('2027-05-20', '22:00'), rules, longAgo);
    expect(twoDays!.sendAt).toEqual(at('2027-05-18', '20:30'));
  });

  it('whose time has passed are not sent: a booking 10 hours ahead gets none', () => {
    const now = at('2027-05-20', '09:00');
    expect(reminderTimes(at('2027-05-20', '19:00'), rules, now)).toEqual([]);
    expect(reminderTimes(at('2027-05-21', '19:00'), rules, now)).toEqual([{ hours: 24, sendAt: at('2027-05-20', '19:00') }]);
  });

  it("follow the clinic's quiet hours, or none", () => {
    const noQuiet = { ...rules, quietHours: null };
    expect(sendingTime(at('2027-05-20', '23:00'), noQuiet, longAgo)).toEqual(at('2027-05-20', '23:00'));
    const midday = { ...rules, quietHours: { start: '12:00', end: '14:00' } };
    expect(sendingTime(at('2027-05-20', '13:00'), midday, longAgo)).toEqual(at('2027-05-20', '11:30'));
    expect(sendingTime(at('2027-05-20', '14:00'), midday, longAgo)).toEqual(at('2027-05-20', '14:00'));
  });
});

describe('preparation', () => {
  it('goes at 10:00 on the day the clinic says, before a session that puts pigment in', () => {
    for (const kind of ['plan_session', 'touch_up', 'maintenance']) {
      expect(preparationTime(kind, at('2027-05-20', '09:00'), rules, longAgo)).toEqual(at('2027-05-18', '10:00'));
    }
    expect(preparationTime('plan_session', at('2027-05-20', '09:00'), { ...rules, preparationDaysBefore: 3 }, longAgo)).toEqual(at('2027-05-17', '10:00'));
  });

  it('is none for a consultation, a fade check or a laser session', () => {
    for (const kind of ['consultation', 'fade_check', 'laser']) expect(preparationTime(kind, at('2027-05-20', '09:00'), rules, longAgo)).toBeNull();
  });
});

describe("the next session's window", () => {
  it("is told at 10:00 on day 7 after the session, on the clinic's calendar", () => {
    // 22:00 in New York is the next day in UTC: day 7 counts from the local day.
    expect(nextSessionWindowTime(at('2027-05-20', '22:00'), rules, longAgo)).toEqual(at('2027-05-27', '10:00'));
  });
});

describe('a message not tied to a time', () => {
  it('goes now, or when quiet hours end', () => {
    expect(firstTimeAllowed(at('2027-05-20', '15:00'), rules)).toEqual(at('2027-05-20', '15:00'));
    expect(firstTimeAllowed(at('2027-05-20', '23:00'), rules)).toEqual(at('2027-05-21', '08:00'));
    expect(firstTimeAllowed(at('2027-05-21', '03:00'), rules)).toEqual(at('2027-05-21', '08:00'));
  });
});

/** The gaps a single reminder leaves when quiet hours or a late booking move it. */
const oneReminder: SendingRules = { ...rules, reminderHours: [24] };

describe('a reminder that quiet hours push into the past', () => {
  // 24 h before a 07:30 start is 07:30 the day before, in quiet hours: it would go at 20:30 two evenings before.
  const startsAt = at('2027-05-20', '07:30');

  it('goes now instead, when it is booked after that evening but not in quiet hours', () => {
    expect(reminderTimes(startsAt, oneReminder, at('2027-05-18', '20:45'))).toEqual([{ hours: 24, sendAt: at('2027-05-18', '20:45') }]);
  });

  it('goes when quiet hours end, when it is booked during them and they end before the visit', () => {
    expect(reminderTimes(startsAt, oneReminder, at('2027-05-18', '23:00'))).toEqual([{ hours: 24, sendAt: at('2027-05-19', '08:00') }]);
  });

  it('is not needed when another reminder is still to go', () => {
    const twoReminders = { ...oneReminder, reminderHours: [24, 12] };
    // 12 h before is 19:30 the evening before: still to come.
    expect(reminderTimes(startsAt, twoReminders, at('2027-05-18', '20:45'))).toEqual([{ hours: 12, sendAt: at('2027-05-19', '19:30') }]);
  });

  it('is still not sent once its own time has passed (the booking confirmation says it all)', () => {
    expect(reminderTimes(startsAt, oneReminder, at('2027-05-19', '09:00'))).toEqual([]);
  });
});

describe('a preparation booked too late for its day', () => {
  it('goes as soon as it may, if that is before the visit', () => {
    // A session on Thursday 10:00, booked on Wednesday afternoon: its day (Tuesday) has passed.
    const startsAt = at('2027-05-20', '10:00');
    expect(preparationTime('plan_session', startsAt, oneReminder, at('2027-05-19', '15:00'))).toEqual(at('2027-05-19', '15:00'));
    // Booked in quiet hours, it waits for them to end.
    expect(preparationTime('plan_session', startsAt, oneReminder, at('2027-05-19', '22:00'))).toEqual(at('2027-05-20', '08:00'));
    // Not when quiet hours last until the visit starts.
    expect(preparationTime('plan_session', at('2027-05-20', '07:30'), oneReminder, at('2027-05-19', '22:00'))).toBeNull();
  });
});
