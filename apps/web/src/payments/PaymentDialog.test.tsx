import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, problem, stubApi } from '../test-support/fake-api';
import { grace } from '../test-support/fixtures';
import { depositPayment, partPaidInvoice, planId } from '../test-support/money-fixtures';
import { renderWithQueries } from '../test-support/render-app';
import { PaymentDialog, type PaymentTarget } from './PaymentDialog';

const invoiceTarget: PaymentTarget = { purpose: 'invoice', label: 'INV-2030-0007 (due $2,000.00)', invoiceId: partPaidInvoice.id, planId, owedMinor: 200000 };

function renderDialog(onDone = vi.fn()) {
  renderWithQueries(<PaymentDialog title="Take payment" clientId={grace.id} currency="USD" targets={[invoiceTarget]} onDone={onDone} onCancel={vi.fn()} />);
  return within(screen.getByRole('dialog', { name: 'Take payment' }));
}

describe('the payment dialog', () => {
  it('starts with what is due, in the clinic’s currency, and asks a card payment for the terminal’s receipt', async () => {
    const requests = stubApi({});
    const dialog = renderDialog();
    expect(dialog.getByLabelText<HTMLInputElement>('Amount (USD) *').value).toBe('2000');

    await userEvent.selectOptions(dialog.getByLabelText('Method *'), 'Card');
    await userEvent.click(dialog.getByRole('button', { name: 'Take payment' }));

    expect(dialog.getByLabelText('Terminal receipt ref *').getAttribute('aria-invalid')).toBe('true');
    expect(dialog.getByText('Enter the card terminal’s receipt reference')).toBeTruthy();
    expect(requests).toHaveLength(0);
  });

  it('offers to record more than is owed as credit, and then asks for both in one request, the rest as credit', async () => {
    const requests = stubApi({ 'POST /api/payments': () => json(depositPayment, 201) });
    const onDone = vi.fn();
    const dialog = renderDialog(onDone);
    await userEvent.selectOptions(dialog.getByLabelText('Method *'), 'Cash');
    const amount = dialog.getByLabelText('Amount (USD) *');
    await userEvent.clear(amount);
    await userEvent.type(amount, '2500');

    expect(dialog.getByRole('status').textContent).toContain('That is $500.00 more than the $2,000.00 owed.');
    await userEvent.click(dialog.getByRole('button', { name: 'Take payment' }));
    expect(dialog.getByText('$2,000.00 is owed: lower the amount, or record the rest as credit')).toBeTruthy();
    expect(requests).toHaveLength(0);

    await userEvent.click(dialog.getByLabelText('Record the rest as credit'));
    await userEvent.click(dialog.getByRole('button', { name: 'Take $2,000.00 and $500.00 as credit' }));

    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(requests.map((request) => request.body)).toEqual([
      expect.objectContaining({ purpose: 'invoice', invoiceId: partPaidInvoice.id, amountMinor: 250000, restAsCredit: true, method: 'cash', currency: 'USD' }),
    ]);
  });

  it('puts the API’s refusal beside the field it names, keeping what was typed', async () => {
    stubApi({
      'POST /api/payments': () =>
        problem(422, '/problems/validation', { detail: 'The payment was refused', errors: [{ field: 'reference', message: 'This voucher has already been used' }] }),
    });
    const onDone = vi.fn();
    const dialog = renderDialog(onDone);
    await userEvent.selectOptions(dialog.getByLabelText('Method *'), 'Gift voucher');
    await userEvent.type(dialog.getByLabelText('Voucher code *'), 'GV-100');
    await userEvent.click(dialog.getByRole('button', { name: 'Take payment' }));

    const code = dialog.getByLabelText<HTMLInputElement>('Voucher code *');
    expect(await dialog.findByText('This voucher has already been used')).toBeTruthy();
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(code.value).toBe('GV-100');
    expect(onDone).not.toHaveBeenCalled();
  });
});
