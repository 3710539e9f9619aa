import type { ClinicSettings, ClinicSettingsInput } from '@smp/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/http';
import { clinicSettings } from '../test-support/fake-api';
import { ClinicSettingsForm } from './ClinicSettingsForm';
import { nextInterval } from './opening-hours';

function renderForm(onSave: (input: ClinicSettingsInput) => Promise<ClinicSettings> = (input) => Promise.resolve({ ...clinicSettings, ...input })) {
  const save = vi.fn(onSave);
  render(<ClinicSettingsForm settings={clinicSettings} onSave={save} />);
  return save;
}

const day = (name: string) => within(screen.getByRole('group', { name }));
const saveButton = () => screen.getByRole('button', { name: 'Save settings' });
const savedHours = (save: ReturnType<typeof renderForm>) => (save.mock.calls[0]?.[0] as ClinicSettingsInput).openingHours;

describe('OpeningHoursEditor', () => {
  it('shows each weekday with its intervals, and days without any as closed', () => {
    renderForm();
    expect(day('Monday').getByLabelText('Monday, interval 1: opens')).toHaveProperty('value', '09:00');
    expect(day('Monday').getByLabelText('Monday, interval 2: closes')).toHaveProperty('value', '18:00');
    expect(day('Tuesday').getByLabelText('Tuesday: opens')).toHaveProperty('value', '09:00');
    expect(day('Sunday').getByText('Closed')).toBeTruthy();
  });

  it('opens a closed day, adds a later interval to an open one, and saves them with their weekday', async () => {
    const save = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(document.activeElement).toBe(day('Saturday').getByLabelText('Saturday: opens'));
    await userEvent.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    await userEvent.click(saveButton());

    expect(savedHours(save)).toEqual([...clinicSettings.openingHours, { weekday: 6, opens: '09:00', closes: '17:00' }, { weekday: 2, opens: '17:00', closes: '21:00' }]);
  });

  it('closes a day when its last interval is removed', async () => {
    const save = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Tuesday' }));
    expect(day('Tuesday').getByText('Closed')).toBeTruthy();
    await userEvent.click(saveButton());
    expect(savedHours(save).some((interval) => interval.weekday === 2)).toBe(false);
  });

  it('marks an interval that overlaps another on the same day, or closes before it opens, and does not save', async () => {
    const save = renderForm();
    fireEvent.change(day('Monday').getByLabelText('Monday, interval 2: opens'), { target: { value: '12:00' } });
    fireEvent.change(day('Tuesday').getByLabelText('Tuesday: closes'), { target: { value: '08:00' } });
    await userEvent.click(saveButton());

    expect(await day('Monday').findByText('Overlaps another interval on the same day')).toBeTruthy();
    expect(day('Monday').getByLabelText('Monday, interval 2: opens').getAttribute('aria-invalid')).toBe('true');
    expect(day('Tuesday').getByText('Must be after the opening time')).toBeTruthy();
    expect(day('Tuesday').getByLabelText('Tuesday: closes').getAttribute('aria-describedby')).toBe('clinic-openingHours-2-closes-error');
    expect(save).not.toHaveBeenCalled();
  });

  it('puts the server’s error on an interval beside that interval', async () => {
    renderForm(() =>
      Promise.reject(new ApiProblem({ type: '/problems/validation', title: 'Invalid input', status: 400, errors: [{ field: 'openingHours.2.opens', message: 'Not a time we accept' }] })),
    );
    await userEvent.click(saveButton());
    expect(await day('Tuesday').findByText('Not a time we accept')).toBeTruthy();
  });
});

describe('nextInterval', () => {
  it('starts a closed day with office hours and a later interval where the day’s last one ends', () => {
    expect(nextInterval([])).toEqual({ opens: '09:00', closes: '17:00' });
    expect(nextInterval([{ closes: '18:00' }, { closes: '13:00' }])).toEqual({ opens: '18:00', closes: '22:00' });
    expect(nextInterval([{ closes: '21:30' }])).toEqual({ opens: '21:30', closes: '23:59' });
  });
});
