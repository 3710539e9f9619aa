import { describe, expect, it } from '@jest/globals';
import { problemTypes, zonedInstant, type ClinicSettings } from '@smp/contracts';
import { laserHealingBreach, laserSpacingBreach } from './booking-rules.js';

const settings = { timeZone: 'America/New_York', laserHealingDays: 42, laserSpacingDays: 42 } as ClinicSettings;
const at = (date: string, time = '10:00') => zonedInstant(date, time, settings.timeZone);

describe('SMP after laser removal', () => {
  it('may start once the healing days after the last laser session are over', () => {
    expect(laserHealingBreach(at('2027-01-04'), at('2027-02-15'), settings)).toBeNull();
  });

  it('is refused a day earlier, naming the first day it may start', () => {
    const breach = laserHealingBreach(at('2027-01-04'), at('2027-02-14', '17:00'), settings);
    expect(breach?.problem).toMatchObject({
      type: problemTypes.beforeLaserHealing,
      status: 409,
      earliestOn: '2027-02-15',
      errors: [{ field: 'startsAt', message: 'SMP may start on 2027-02-15 at the earliest' }],
    });
  });

  it('waits for nothing when the plan has no laser session, or no SMP session is booked', () => {
    expect(laserHealingBreach(null, at('2027-01-05'), settings)).toBeNull();
    expect(laserHealingBreach(at('2027-01-04'), null, settings)).toBeNull();
  });
});

describe('laser sessions of a plan', () => {
  it('are refused closer than the spacing to another, naming its day', () => {
    const breach = laserSpacingBreach([{ startsAt: at('2027-01-04') }], at('2027-02-01'), settings);
    expect(breach?.problem).toMatchObject({
      type: problemTypes.laserSpacing,
      status: 409,
      errors: [{ field: 'startsAt', message: 'At least 42 days from the laser session of 2027-01-04' }],
    });
  });

  it('are allowed at the spacing, before or after the others', () => {
    expect(laserSpacingBreach([{ startsAt: at('2027-02-15') }], at('2027-01-04'), settings)).toBeNull();
    expect(laserSpacingBreach([{ startsAt: at('2027-01-04') }], at('2027-02-15', '08:00'), settings)).toBeNull();
  });
});
