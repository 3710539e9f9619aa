import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from './clinic-time.js';
import { maintenanceRecall, type RecallFacts } from './fading.js';

const settings = { maintenanceRecallYears: 4, highSunRecallYears: 2, fadedRecallMonths: 3 };
const facts = (extra: Partial<RecallFacts> = {}): RecallFacts => ({ lastSessionOn: '2026-03-10', sunExposure: 'moderate', lastFadeAssessment: null, ...extra });

describe('the maintenance recall date', () => {
  it('falls the clinic’s standard years after the last session', () => {
    expect(maintenanceRecall(facts(), settings)).toMatchObject({ dueOn: '2030-03-10', reason: 'standard', lastSessionOn: '2026-03-10' });
    expect(maintenanceRecall(facts({ sunExposure: null }), settings)).toMatchObject({ dueOn: '2030-03-10', reason: 'standard' });
  });

  it('comes sooner for high sun exposure', () => {
    expect(maintenanceRecall(facts({ sunExposure: 'high' }), settings)).toMatchObject({ dueOn: '2028-03-10', reason: 'high_sun', sunExposure: 'high' });
  });

  it('never comes later for high sun exposure than for anyone else', () => {
    expect(maintenanceRecall(facts({ sunExposure: 'high' }), { ...settings, highSunRecallYears: 6 })).toMatchObject({ dueOn: '2030-03-10', reason: 'standard' });
  });

  it('comes within the set months of a fade assessment scoring 2 or more', () => {
    const recall = maintenanceRecall(facts({ lastFadeAssessment: { assessedOn: '2027-05-31', highestScore: 2 } }), settings);
    expect(recall).toMatchObject({ dueOn: '2027-08-31', reason: 'faded', fadeAssessedOn: '2027-05-31' });
  });

  it('ignores slight fading, and an assessment made before the last session', () => {
    expect(maintenanceRecall(facts({ lastFadeAssessment: { assessedOn: '2027-05-31', highestScore: 1 } }), settings).reason).toBe('standard');
    expect(maintenanceRecall(facts({ lastFadeAssessment: { assessedOn: '2026-01-02', highestScore: 4 } }), settings).reason).toBe('standard');
  });

  it('keeps the earlier date when the fading is found after the sun recall', () => {
    const recall = maintenanceRecall(facts({ sunExposure: 'high', lastFadeAssessment: { assessedOn: '2028-01-20', highestScore: 3 } }), settings);
    expect(recall).toMatchObject({ dueOn: '2028-03-10', reason: 'high_sun', fadeAssessedOn: null });
  });
});

describe('adding calendar months', () => {
  it('keeps the day, or takes the month’s last when it is shorter', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-05-10', 0)).toBe('2026-05-10');
  });
});
