import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi } from '../test-support/fake-api';
import { invoiceDocument, owingAccount } from '../test-support/money-fixtures';
import { renderApp } from '../test-support/render-app';

const creditNote = {
  ...invoiceDocument,
  id: '7e0b1c2d-0000-4000-8000-0000000000c1',
  kind: 'credit_note' as const,
  number: 'CN-2030-0001',
  creditedInvoice: { id: invoiceDocument.id, number: invoiceDocument.number },
};

function stubInvoice(creditNoteAnswer: () => Response) {
  return stubApi({
    'GET /api/auth/me': () => json(sessionFor('owner')),
    'GET /api/clinic': () => json(clinicSettings),
    [`GET /api/invoices/${invoiceDocument.id}`]: () => json(invoiceDocument),
    [`GET /api/invoices/${creditNote.id}`]: () => json(creditNote),
    [`GET /api/clients/${invoiceDocument.client.id}/account`]: () => json(owingAccount),
    [`POST /api/invoices/${invoiceDocument.id}/credit-notes`]: creditNoteAnswer,
  });
}

async function openCreditNoteForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'Issue credit note' }));
  return within(screen.getByRole('form', { name: 'Issue credit note' }));
}

describe('issuing a credit note', () => {
  it('sends the ticked lines with the amounts taken back and the reason, then shows the credit note', async () => {
    const requests = stubInvoice(() => json(creditNote, 201));
    renderApp(`/invoices/${invoiceDocument.id}`);
    const form = await openCreditNoteForm();

    await userEvent.click(form.getByRole('button', { name: 'Issue credit note' }));
    expect(form.getByText('Tick at least one line to credit')).toBeTruthy();

    await userEvent.click(form.getByLabelText('Scar camouflage ($400.00)'));
    const amounts = form.getAllByLabelText<HTMLInputElement>('Credit (USD)');
    expect(amounts[1]!.value).toBe('400');
    await userEvent.clear(amounts[1]!);
    await userEvent.type(amounts[1]!, '150');
    await userEvent.type(form.getByLabelText('Why is it credited? *'), 'Scar camouflage needed one pass only');
    await userEvent.click(form.getByRole('button', { name: 'Issue credit note' }));

    expect(await screen.findByRole('heading', { name: /Credit note CN-2030-0001/ })).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ reason: 'Scar camouflage needed one pass only', lines: [{ lineNumber: 2, totalMinor: 15000 }] });
  }, 15_000);

  it('puts the API’s refusal of an amount beside that line', async () => {
    stubInvoice(() => problem(422, '/problems/validation', { errors: [{ field: 'lines.0.totalMinor', message: 'More than is left to credit on this line ($100.00)' }] }));
    renderApp(`/invoices/${invoiceDocument.id}`);
    const form = await openCreditNoteForm();
    await userEvent.click(form.getByLabelText('Scar camouflage ($400.00)'));
    await userEvent.type(form.getByLabelText('Why is it credited? *'), 'Partly credited before');
    await userEvent.click(form.getByRole('button', { name: 'Issue credit note' }));

    expect(await form.findByText('More than is left to credit on this line ($100.00)')).toBeTruthy();
    const amounts = form.getAllByLabelText('Credit (USD)');
    expect(amounts[1]!.getAttribute('aria-invalid')).toBe('true');
    expect(amounts[0]!.getAttribute('aria-invalid')).toBeNull();
  }, 15_000);
});
