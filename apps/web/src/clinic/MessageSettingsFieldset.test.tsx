import type { ClinicSettings, ClinicSettingsInput } from '@smp/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/http';
import { clinicSettings } from '../test-support/fake-api';
import { ClinicSettingsForm } from './ClinicSettingsForm';
import { parseReminderHours } from './MessageSettingsFieldset';

function renderForm(onSave: (input: ClinicSettingsInput) => Promise<ClinicSettings> = (input) => Promise.resolve({ ...clinicSettings, ...input } as ClinicSettings)) {
  const save = vi.fn(onSave);
  render(<ClinicSettingsForm settings={clinicSettings} onSave={save} />);
  return save;
}

const saved = (save: ReturnType<typeof renderForm>) => save.mock.calls[0]?.[0] as ClinicSettingsInput;

describe('the settings of messages to clients', () => {
  it('reads reminder hours as typed', () => {
    expect(parseReminderHours('72, 24 2')).toEqual([72, 24, 2]);
    expect(parseReminderHours('  ')).toEqual([]);
  });

  it('saves the clinic’s contact, reminders and no quiet hours', async () => {
    const save = renderForm();
    const address = screen.getByLabelText('Address');
    await userEvent.clear(address);
    await userEvent.type(address, '4 Quay Street');
    const reminders = screen.getByLabelText('Reminders, hours before (up to 3)');
    expect(reminders).toHaveProperty('value', '48, 24');
    await userEvent.clear(reminders);
    await userEvent.type(reminders, '72, 24');
    await userEvent.click(screen.getByLabelText('No messages at night'));
    expect(screen.queryByLabelText(/Quiet from/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(saved(save)).toMatchObject({ address: '4 Quay Street', reminderHours: [72, 24], quietHours: null, phone: '+14155552671' });
  });

  it('clears the address to nothing and shows the server’s message beside a quiet hour', async () => {
    const save = renderForm(() =>
      Promise.reject(new ApiProblem({ type: '/problems/validation', title: 'Invalid input', status: 400, errors: [{ field: 'quietHours.end', message: 'Must differ from the start' }] })),
    );
    await userEvent.clear(screen.getByLabelText('Address'));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(saved(save).address).toBeNull();
    expect(await screen.findByText('Must differ from the start')).toBeTruthy();
  });
});
