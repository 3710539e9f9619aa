import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '../test-support/fake-api';
import { ChangePasswordSection } from './ChangePasswordSection';

async function changePassword(currentPassword: string, newPassword: string) {
  await userEvent.type(screen.getByLabelText(/^Current password/), currentPassword);
  await userEvent.type(screen.getByLabelText(/^New password/), newPassword);
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordSection', () => {
  it('puts the server’s verdict on the current password beside that field', async () => {
    stubApi({
      'POST /api/auth/password': () => problem(400, '/problems/validation', { errors: [{ field: 'currentPassword', message: 'This is not your current password' }] }),
    });
    render(<ChangePasswordSection />);
    await changePassword('wrong-password', 'a-long-new-password');

    expect(await screen.findByText('This is not your current password')).toBeTruthy();
    expect(screen.getByLabelText(/^Current password/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Current password/));
  });

  it('confirms the change and empties the form', async () => {
    const requests = stubApi({ 'POST /api/auth/password': () => new Response(null, { status: 204 }) });
    render(<ChangePasswordSection />);
    await changePassword('smp-demo-2026', 'a-long-new-password');

    expect((await screen.findByRole('status')).textContent).toContain('Your password has been changed');
    expect(requests[0]?.body).toEqual({ currentPassword: 'smp-demo-2026', newPassword: 'a-long-new-password' });
    expect(screen.getByLabelText(/^New password/)).toHaveProperty('value', '');
  });

  it('applies the shared password rules before sending', async () => {
    const requests = stubApi({});
    render(<ChangePasswordSection />);
    await changePassword('smp-demo-2026', 'short');
    expect(await screen.findByText('Use at least 12 characters')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });
});
