import type { Account, StaffRole } from '@smp/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, sessionFor, stubApi } from '../test-support/fake-api';
import { grace } from '../test-support/fixtures';
import { inCreditAccount, owingAccount } from '../test-support/money-fixtures';
import { renderApp } from '../test-support/render-app';

async function accountCardFor(role: StaffRole, account: Account) {
  stubApi({
    'GET /api/auth/me': () => json(sessionFor(role)),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/clients/${grace.id}`]: () => json(grace),
    [`GET /api/clients/${grace.id}/account`]: () => json(account),
  });
  renderApp(`/clients/${grace.id}`);
  const heading = await screen.findByRole('heading', { name: 'Account' });
  return within(heading.closest('section')!);
}

describe('the client’s account card', () => {
  it('shows reception what the client owes, the invoice’s state in words, and lets them take a payment but not refund', async () => {
    const card = await accountCardFor('receptionist', owingAccount);
    expect(await card.findByText('Owes $2,000.00')).toBeTruthy();
    const invoices = within(card.getByRole('table', { name: 'Invoices and credit notes' }));
    expect(invoices.getByRole('row', { name: /INV-2030-0007/ }).textContent).toContain('Part paid');
    const payments = within(card.getByRole('table', { name: 'Payments and refunds' }));
    expect(payments.getByRole('row', { name: /Deposit/ }).textContent).toContain('$1,000.00');
    expect(card.getByRole('button', { name: 'Take payment' })).toBeTruthy();
    expect(card.queryByRole('button', { name: 'Refund' })).toBeNull();
  }, 15_000);

  it('offers an owner a refund of the credit the clinic holds', async () => {
    const card = await accountCardFor('owner', inCreditAccount);
    expect(await card.findByText('In credit $1,000.00')).toBeTruthy();
    expect(card.getByRole('button', { name: 'Take payment' })).toBeTruthy();
    expect(card.getByRole('button', { name: 'Refund' })).toBeTruthy();
  }, 15_000);

  it('shows an artist the account without any money actions', async () => {
    const card = await accountCardFor('artist', inCreditAccount);
    expect(await card.findByText('No invoices yet.')).toBeTruthy();
    expect(card.queryByRole('button', { name: 'Take payment' })).toBeNull();
    expect(card.queryByRole('button', { name: 'Refund' })).toBeNull();
  }, 15_000);
});
