import { aftercareSchedule } from '@smp/contracts';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aftercareDates, aftercareEndsOn, aftercareIsCurrent } from './aftercare';
import { AftercareSchedule } from './AftercareSchedule';

describe('aftercareDates', () => {
  it('names the days a step runs, shortest where the month or year is shared', () => {
    expect(aftercareDates({ from: '2026-11-25', to: '2026-11-29' })).toBe('25–29 Nov 2026');
    expect(aftercareDates({ from: '2026-11-30', to: '2026-12-04' })).toBe('30 Nov – 4 Dec 2026');
    expect(aftercareDates({ from: '2026-12-30', to: '2027-01-03' })).toBe('30 Dec 2026 – 3 Jan 2027');
    expect(aftercareDates({ from: '2026-12-05', to: null })).toBe('From 5 Dec 2026');
  });
});

describe('whether the aftercare is current', () => {
  const schedule = aftercareSchedule('2026-12-28');

  it('ends with the last day of its latest step, the sun and heat weeks', () => {
    expect(aftercareEndsOn(schedule)).toBe('2027-01-25');
    expect(aftercareEndsOn([{ from: '2030-07-25', to: null }])).toBe('2030-07-25');
    expect(aftercareEndsOn([])).toBeNull();
  });

  it('is current from the session day through that last day, and not after', () => {
    expect(aftercareIsCurrent(schedule, '2026-12-28')).toBe(true);
    expect(aftercareIsCurrent(schedule, '2027-01-25')).toBe(true);
    expect(aftercareIsCurrent(schedule, '2027-01-26')).toBe(false);
    expect(aftercareIsCurrent(schedule, '2029-01-01')).toBe(false);
    expect(aftercareIsCurrent([], '2026-12-28')).toBe(false);
  });
});

describe('AftercareSchedule', () => {
  it('lists the steps of a session late in December with their real dates, into the new year', () => {
    render(<AftercareSchedule steps={aftercareSchedule('2026-12-28')} />);
    const steps = within(screen.getByRole('list', { name: 'Aftercare steps' }))
      .getAllByRole('listitem')
      .filter((item) => item.parentElement?.getAttribute('aria-label') === 'Aftercare steps');
    expect(steps.map((step) => step.querySelector('.aftercare-when')?.textContent)).toEqual([
      '28 Dec 2026 – 1 Jan 2027',
      '29–30 Dec 2026',
      '2–6 Jan 2027',
      'From 7 Jan 2027',
      '11–25 Jan 2027',
    ]);
    expect(within(steps[0]!).getByText('No shaving')).toBeTruthy();
  });
});
