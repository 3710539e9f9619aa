import type { Client, ClientInputParsed } from '@smp/contracts';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/http';
import { notScreened } from '../test-support/fake-api';
import { pressMouse, releaseMouse } from '../test-support/mouse';
import { ClientForm } from './ClientForm';

function renderForm(onSave: (values: ClientInputParsed, confirmDuplicate: boolean) => Promise<void>, client?: Client) {
  render(
    <MemoryRouter>
      <ClientForm client={client} submitLabel="Save" onSave={onSave} onCancel={() => {}} />
    </MemoryRouter>,
  );
}

describe('ClientForm', () => {
  it('shows the shared schema’s messages beside the fields and does not save', async () => {
    const onSave = vi.fn(async () => {});
    renderForm(onSave);
    await userEvent.type(screen.getByLabelText('Phone'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByLabelText(/First name/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a valid phone number/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('sends normalised values, with blank optional fields as null', async () => {
    const onSave = vi.fn(async () => {});
    renderForm(onSave);
    await userEvent.type(screen.getByLabelText(/First name/), 'Grace');
    await userEvent.type(screen.getByLabelText(/Last name/), 'Liu');
    await userEvent.type(screen.getByLabelText('Email'), ' Grace.Liu@Example.com ');
    await userEvent.type(screen.getByLabelText('Phone'), '(415) 555-0108');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const [values, confirmDuplicate] = onSave.mock.calls[0] as unknown as [ClientInputParsed, boolean];
    expect(confirmDuplicate).toBe(false);
    expect(values).toMatchObject({ firstName: 'Grace', lastName: 'Liu', email: 'grace.liu@example.com', phone: '+14155550108', notes: null, sex: null });
  });

  it('puts the server’s field errors beside the same fields', async () => {
    const onSave = vi.fn(() =>
      Promise.reject(
        new ApiProblem({
          type: '/problems/validation',
          title: 'Invalid input',
          status: 400,
          errors: [{ field: 'address.postalCode', message: 'Not a postal code we know' }],
        }),
      ),
    );
    renderForm(onSave);
    await userEvent.type(screen.getByLabelText(/First name/), 'Grace');
    await userEvent.type(screen.getByLabelText(/Last name/), 'Liu');
    await userEvent.type(screen.getByLabelText('Email'), 'grace@example.com');
    await userEvent.type(screen.getByLabelText('Postal code'), '00000');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const postalCode = screen.getByLabelText('Postal code');
    expect(await screen.findByText('Not a postal code we know')).toBeTruthy();
    expect(postalCode.getAttribute('aria-invalid')).toBe('true');
    expect(postalCode.getAttribute('aria-describedby')).toBe('client-address-postalCode-error');
  });

  it('offers the existing record or saving anyway when the server suspects a duplicate', async () => {
    const onSave = vi.fn((_values: ClientInputParsed, confirmDuplicate: boolean) => {
      if (confirmDuplicate) return Promise.resolve();
      return Promise.reject(
        new ApiProblem({
          type: '/problems/possible-duplicate',
          title: 'Possible duplicate client',
          status: 409,
          duplicates: [{ id: '5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01', firstName: 'Grace', lastName: 'Liu', matchedOn: ['email'], archived: true }],
        }),
      );
    });
    renderForm(onSave);
    await userEvent.type(screen.getByLabelText(/First name/), 'Grace');
    await userEvent.type(screen.getByLabelText(/Last name/), 'Liu');
    await userEvent.type(screen.getByLabelText('Email'), 'grace@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/This may be a client you already have/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Grace Liu' }).getAttribute('href')).toBe('/clients/5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01');
    expect(screen.getByText('Archived')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Different person: save anyway' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ email: 'grace@example.com' }), true);
  });

  it('starts from the client’s record when editing, with the phone as staff read it', () => {
    renderForm(async () => {}, {
      id: '5f0c4a52-8a8e-4d5e-9a55-1f6a7b4c7e01',
      firstName: 'Grace',
      lastName: 'Liu',
      dateOfBirth: '1976-05-03',
      sex: 'female',
      phone: '+14155550108',
      email: 'grace@example.com',
      preferredContact: 'email',
      address: { line1: '1 Main St', line2: null, city: 'Oakland', region: 'CA', postalCode: '94601', country: null },
      notes: null,
      referralSource: null,
      referralDetail: null,
      screening: notScreened,
      archivedAt: null,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    });
    expect(screen.getByLabelText('Phone')).toHaveProperty('value', '(415) 555-0108');
    expect(screen.getByLabelText('City')).toHaveProperty('value', 'Oakland');
    expect(screen.getByLabelText('Date of birth')).toHaveProperty('value', '3 May 1976');
    expect(screen.getByLabelText('Sex')).toHaveProperty('value', 'female');
  });
});

describe('ClientForm on an empty form', () => {
  it('keeps the layout still while Save is pressed, then shows every missing field at once and puts the cursor in the first', async () => {
    const onSave = vi.fn(async () => {});
    renderForm(onSave);
    const user = userEvent.setup();
    const save = screen.getByRole('button', { name: 'Save' });

    // Pressing the button takes the focus from the first field; a message appearing then would push the button from under the pointer.
    await pressMouse(user, save);
    expect(screen.queryByText('Required')).toBeNull();

    await releaseMouse(user, save);
    expect(await screen.findAllByText('Required')).toHaveLength(2);
    expect(screen.getByLabelText(/Last name/).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText(/First name/));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('clears a message as soon as the field is put right, without waiting for the next save', async () => {
    renderForm(vi.fn(async () => {}));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('Required')).toHaveLength(2);

    await userEvent.type(screen.getByLabelText(/First name/), 'Grace');
    await waitFor(() => expect(screen.getAllByText('Required')).toHaveLength(1));
  });
});
