import type { PlanAccount, Quote, QuoteDraft, TaxRate } from '@smp/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicSettings, json, problem, sessionFor, stubApi, type FakeRequest } from '../test-support/fake-api';
import { activePlan, grace } from '../test-support/fixtures';
import { renderApp } from '../test-support/render-app';

const vat: TaxRate = { id: '3f1e0c52-0000-4000-8000-000000000001', name: 'Sales tax', basisPoints: 1000, isDefault: true, archivedAt: null };
const draft: QuoteDraft = {
  currency: 'USD',
  pricesIncludeTax: false,
  lines: [{ kind: 'plan', description: 'Women’s density plan, 2 sessions', quantity: 1, unitPriceMinor: 260000 }],
};
const rachel = sessionFor('receptionist').staff;
const presented: Quote = {
  id: '7c2a0e52-0000-4000-8000-000000000001',
  planId: activePlan.id,
  clientId: grace.id,
  version: 1,
  status: 'presented',
  currency: 'USD',
  pricesIncludeTax: false,
  lines: [
    {
      lineNumber: 1,
      kind: 'plan',
      description: 'Women’s density plan, 2 sessions',
      quantity: 1,
      unitPriceMinor: 250000,
      discountReason: null,
      taxName: 'Sales tax',
      taxBasisPoints: 1000,
      netMinor: 250000,
      taxMinor: 25000,
      totalMinor: 275000,
    },
    {
      lineNumber: 2,
      kind: 'discount',
      description: 'Friend of a client',
      quantity: 1,
      unitPriceMinor: -20000,
      discountReason: 'Referred by Tom',
      taxName: 'Sales tax',
      taxBasisPoints: 1000,
      netMinor: -20000,
      taxMinor: -2000,
      totalMinor: -22000,
    },
  ],
  netMinor: 230000,
  taxMinor: 23000,
  totalMinor: 253000,
  depositMinor: 50000,
  notes: null,
  createdBy: { id: rachel.id, name: rachel.name },
  createdAt: '2030-03-01T15:00:00.000Z',
  acceptance: null,
};
const accepted: Quote = {
  ...presented,
  status: 'accepted',
  acceptance: { signedName: 'Grace Liu', witnessedBy: { id: rachel.id, name: rachel.name }, acceptedAt: '2030-03-01T15:10:00.000Z' },
};

/** The plan's account as the API derives it from its quotes: a signed quote asks for its deposit and may be invoiced. */
function planAccountOf(quotes: Quote[]): PlanAccount {
  const quote = quotes.find((version) => version.status !== 'superseded') ?? null;
  const acceptedQuote = quote?.status === 'accepted' ? quote : null;
  return {
    currency: 'USD',
    invoicedMinor: 0,
    creditedMinor: 0,
    paidMinor: 0,
    balanceMinor: 0,
    invoices: [],
    payments: [],
    quote,
    acceptedQuote,
    deposit: acceptedQuote
      ? { state: 'awaiting_booking', requiredMinor: acceptedQuote.depositMinor, paidMinor: 0, dueAt: null }
      : { state: 'not_asked', requiredMinor: 0, paidMinor: 0, dueAt: null },
    canInvoicePlan: acceptedQuote !== null,
  };
}

async function renderPlan(quotes: () => Quote[], routes: Record<string, (request: FakeRequest) => Response>) {
  const requests = stubApi({
    'GET /api/auth/me': () => json(sessionFor('receptionist')),
    'GET /api/clinic': () => json(clinicSettings),
    'GET /api/prices': () => json({ items: [] }),
    'GET /api/tax-rates': () => json([vat]),
    'GET /api/billing-settings': () =>
      json({
        currency: 'USD',
        taxId: null,
        pricesIncludeTax: false,
        deposit: { kind: 'amount', amountMinor: 50000, percent: null },
        depositDueDaysBefore: 7,
        lateCancellationFeeMinor: 0,
        noShowFeeMinor: 0,
      }),
    [`GET /api/treatment-plans/${activePlan.id}`]: () => json(activePlan),
    [`GET /api/treatment-plans/${activePlan.id}/quotes`]: () => json(quotes()),
    [`GET /api/treatment-plans/${activePlan.id}/quote-draft`]: () => json(draft),
    [`GET /api/treatment-plans/${activePlan.id}/account`]: () => json(planAccountOf(quotes())),
    [`GET /api/clients/${grace.id}/history`]: () => json({ items: [], nextCursor: null }),
    ...routes,
  });
  renderApp(`/clients/${grace.id}/plans/${activePlan.id}`);
  // The plan page's code loads first, which may take a while on a busy machine.
  await screen.findByRole('region', { name: /Quote/ }, { timeout: 5000 });
  return requests;
}

beforeEach(() => {
  // jsdom draws nothing: the signature pad's strokes go to a stand-in, and its PNG is a fixed one.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn() } as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
});

const totalsOf = (form: HTMLElement) => [...form.querySelectorAll('.quote-totals dt')].map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent ?? ''}`);

describe('a plan’s quote', () => {
  it('is prepared from the price list, its totals following each change, and presented with the lines as edited', async () => {
    let quotes: Quote[] = [];
    const requests = await renderPlan(() => quotes, {
      [`POST /api/treatment-plans/${activePlan.id}/quotes`]: () => {
        quotes = [presented];
        return json(presented, 201);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Prepare quote' }));
    const form = await screen.findByRole('form', { name: 'New quote' });
    const editor = within(form);
    expect(editor.getByLabelText<HTMLInputElement>(/Description/).value).toBe('Women’s density plan, 2 sessions');
    expect(editor.getByLabelText<HTMLSelectElement>(/Tax/).value).toBe(vat.id);
    expect(totalsOf(form)).toEqual(['Net: $2,600.00', 'Tax: $260.00', 'Total: $2,860.00', 'Deposit before session 1: $500.00']);

    const price = editor.getByLabelText<HTMLInputElement>(/Price \(USD\)/);
    await userEvent.clear(price);
    await userEvent.type(price, '2500');
    await userEvent.click(editor.getByRole('button', { name: 'Add discount' }));
    await userEvent.type(editor.getByLabelText(/Description/, { selector: '#quote-lines-1-description' }), 'Friend of a client');
    await userEvent.type(editor.getByLabelText(/Amount off \(USD\)/), '200');
    expect(totalsOf(form)).toEqual(['Net: $2,300.00', 'Tax: $230.00', 'Total: $2,530.00', 'Deposit before session 1: $500.00']);

    await userEvent.click(editor.getByRole('button', { name: 'Present quote' }));
    expect(await editor.findByText('Say why the discount is given')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
    await userEvent.type(editor.getByLabelText(/Why the discount/), 'Referred by Tom');
    await userEvent.click(editor.getByRole('button', { name: 'Present quote' }));

    expect(await screen.findByRole('heading', { name: /Quote · version 1\s*Awaiting signature/ })).toBeTruthy();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      lines: [
        { kind: 'plan', description: 'Women’s density plan, 2 sessions', quantity: 1, unitPriceMinor: 250000, taxRateId: vat.id, discountReason: null },
        { kind: 'discount', description: 'Friend of a client', quantity: 1, unitPriceMinor: 20000, taxRateId: vat.id, discountReason: 'Referred by Tom' },
      ],
      notes: null,
    });
    expect(screen.queryByRole('form', { name: 'New quote' })).toBeNull();
  }, 20_000);

  it('shows the API’s refusal of a line beside that line’s field', async () => {
    await renderPlan(() => [], {
      [`POST /api/treatment-plans/${activePlan.id}/quotes`]: () =>
        problem(422, '/problems/validation', { detail: 'Check the quote', errors: [{ field: 'lines.0.taxRateId', message: 'That tax rate is archived' }] }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Prepare quote' }));
    const editor = within(await screen.findByRole('form', { name: 'New quote' }));
    await userEvent.click(editor.getByRole('button', { name: 'Present quote' }));
    const tax = editor.getByLabelText(/Tax/);
    expect(await editor.findByText('That tax rate is archived')).toBeTruthy();
    expect(tax.getAttribute('aria-invalid')).toBe('true');
  }, 15_000);

  it('is signed by the client, then shows who accepted it, when and before whom, with the signature', async () => {
    let quotes = [presented];
    const requests = await renderPlan(() => quotes, {
      [`POST /api/quotes/${presented.id}/acceptance`]: () => {
        quotes = [accepted];
        return json(accepted);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Client signs' }));
    const signing = within(screen.getByRole('form', { name: 'Your quote, Grace Liu' }));
    expect(signing.getByText('Referred by Tom', { exact: false })).toBeTruthy();
    expect(signing.getByText('$2,530.00')).toBeTruthy();

    await userEvent.click(signing.getByRole('button', { name: 'Accept the quote' }));
    expect(signing.getByText('Type the client’s full name')).toBeTruthy();
    expect(signing.getByText('Draw the signature')).toBeTruthy();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.type(signing.getByLabelText(/Your full name/), 'Grace Liu');
    const pad = signing.getByRole('img', { name: /Signature box/ });
    fireEvent.pointerDown(pad, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(pad, { pointerId: 1, clientX: 40, clientY: 20 });
    await userEvent.click(signing.getByRole('button', { name: 'Accept the quote' }));

    const card = within(await screen.findByRole('region', { name: /Quote · version 1\s*Accepted/ }));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ signedName: 'Grace Liu', signature: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(card.getByText(/witnessed by/).textContent).toBe('Accepted by Grace Liu on 1 Mar 2030, witnessed by Rachel Kim.');
    expect(card.getByRole('img', { name: 'Signature of Grace Liu' }).getAttribute('src')).toBe(`/api/quotes/${presented.id}/signature`);
    expect(card.queryByRole('button', { name: 'Client signs' })).toBeNull();
    expect(card.getByRole('button', { name: 'New quote' })).toBeTruthy();

    // The plan's account follows at once: the quote signed, its deposit asked for, the plan ready to invoice.
    const account = within(screen.getByRole('region', { name: /Plan account/ }));
    expect(await account.findByText('$2,530.00, signed')).toBeTruthy();
    expect(account.getByRole('button', { name: 'Take deposit' })).toBeTruthy();
    expect(account.getByRole('button', { name: 'Issue invoice' })).toBeTruthy();
  }, 20_000);

  it('folds away the versions a newer quote superseded', async () => {
    await renderPlan(
      () => [
        { ...presented, status: 'superseded' },
        { ...presented, id: '7c2a0e52-0000-4000-8000-000000000002', version: 2 },
      ],
      {},
    );
    const card = within(await screen.findByRole('region', { name: /Quote · version 2/ }));
    const earlier = card.getByText('Version 1, superseded · $2,530.00').closest('details');
    expect(earlier?.open).toBe(false);
  });
});
