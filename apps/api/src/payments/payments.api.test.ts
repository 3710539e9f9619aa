import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { StaffRole } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { planWithAcceptedQuote, PLAN_LINE } from '../test-support/money.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const pay = (body: Record<string, unknown>, role: StaffRole = 'receptionist') =>
  testApp
    .as(role)
    .post('/api/payments')
    .send({ method: 'cash', ...body });
const refund = (body: Record<string, unknown>, role: StaffRole = 'owner') =>
  testApp
    .as(role)
    .post('/api/refunds')
    .send({ method: 'cash', note: 'Paid back at the desk', ...body });
const account = async (clientId: string) => (await testApp.as('receptionist').get(`/api/clients/${clientId}/account`)).body;
const invoiceOf = async (id: string) => (await testApp.as('receptionist').get(`/api/invoices/${id}`)).body;

async function invoicedPlan() {
  const plan = await planWithAcceptedQuote(testApp);
  const invoice = (await testApp.as('receptionist').post(`/api/treatment-plans/${plan.planId}/invoices`).send({})).body;
  return { ...plan, invoice };
}

function expectFieldProblem(response: { status: number; headers: Record<string, string>; body: { errors?: unknown } }, status: number, field: string, message?: string) {
  expect(response.status).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.errors).toEqual([{ field, message: message ?? expect.any(String) }]);
}

describe('paying an invoice', () => {
  it('takes part, then the rest, and never more than is owed unless recorded as credit', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    const part = await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100_000, currency });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({
      kind: 'payment',
      purpose: 'invoice',
      invoice: { id: invoice.id, number: invoice.number },
      planId: invoice.planId,
      recordedBy: { id: testApp.staff.receptionist.id },
    });
    expect(await invoiceOf(invoice.id)).toMatchObject({ paidMinor: 100_000, dueMinor: 230_000, state: 'part_paid' });

    expectFieldProblem(
      await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 230_001, currency }),
      422,
      'amountMinor',
      `More than the $2,300.00 still owed on ${invoice.number as string}; record the rest as credit`,
    );
    const rest = await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 230_000, currency, method: 'card', reference: 'TERM-0042' });
    expect(rest.status).toBe(201);
    expect(await invoiceOf(invoice.id)).toMatchObject({ paidMinor: PLAN_LINE.totalMinor, dueMinor: 0, state: 'paid' });

    const extra = await pay({ clientId, purpose: 'credit', amountMinor: 5_000, currency });
    expect(extra.status).toBe(201);
    expect(await account(clientId)).toMatchObject({ invoicedMinor: PLAN_LINE.totalMinor, paidMinor: 335_000, balanceMinor: -5_000 });
  });

  it('records what exceeds the amount owed as the client’s credit in the same request, when asked', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    const taken = await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 400_000, currency, method: 'card', reference: 'T-9001', restAsCredit: true });
    expect(taken.status).toBe(201);
    expect(taken.body).toMatchObject({ purpose: 'invoice', amountMinor: PLAN_LINE.totalMinor, reference: 'T-9001' });
    const { payments, balanceMinor } = await account(clientId);
    expect(payments.map((payment: { purpose: string; amountMinor: number }) => [payment.purpose, payment.amountMinor]).sort()).toEqual([
      ['credit', 400_000 - PLAN_LINE.totalMinor],
      ['invoice', PLAN_LINE.totalMinor],
    ]);
    expect(balanceMinor).toBe(PLAN_LINE.totalMinor - 400_000);
    expect(await testApp.database.auditEvent.count({ where: { action: 'payment.take', clientId } })).toBe(2);
  });

  it('takes the amount owed once when two desks take it at the same moment', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    const both = await Promise.all([1, 2].map(() => pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: PLAN_LINE.totalMinor, currency })));
    expect(both.map((response) => response.status).sort()).toEqual([201, 422]);
    expect(await account(clientId)).toMatchObject({ paidMinor: PLAN_LINE.totalMinor, balanceMinor: 0 });
  });

  it('refuses a negative amount, another currency and another client’s invoice, field by field', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    const other = await planWithAcceptedQuote(testApp);
    expectFieldProblem(await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: -100, currency }), 400, 'amountMinor');
    const otherCurrency = currency === 'EUR' ? 'GBP' : 'EUR';
    expectFieldProblem(
      await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100, currency: otherCurrency }),
      422,
      'currency',
      `Must be ${currency}, the currency this is owed in`,
    );
    expectFieldProblem(await pay({ clientId: other.clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100, currency }), 400, 'invoiceId');
    expectFieldProblem(await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100, currency, method: 'card' }), 400, 'reference');
    expect((await account(clientId)).payments).toEqual([]);
  });

  it('is for the front desk and owners, not artists', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    expect((await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100, currency }, 'artist')).status).toBe(403);
    expect((await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 100, currency }, 'owner')).status).toBe(201);
  });
});

describe('deposits', () => {
  it('are taken on the accepted quote, at most what is left of it, and settle the plan’s invoice', async () => {
    const { clientId, planId, currency } = await planWithAcceptedQuote(testApp);
    expect((await pay({ clientId, purpose: 'deposit', planId, amountMinor: 50_000, currency })).status).toBe(201);
    expectFieldProblem(await pay({ clientId, purpose: 'deposit', planId, amountMinor: 280_001, currency }), 422, 'amountMinor');
    expect(await account(clientId)).toMatchObject({ invoicedMinor: 0, paidMinor: 50_000, balanceMinor: -50_000 });

    const invoice = (await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/invoices`).send({})).body;
    expect(invoice).toMatchObject({ paidMinor: 50_000, dueMinor: 280_000, state: 'part_paid' });
    expect(await account(clientId)).toMatchObject({ balanceMinor: 280_000 });
  });

  it('are refused on a plan whose latest quote is not signed', async () => {
    const { clientId, planId, currency } = await planWithAcceptedQuote(testApp);
    await testApp.database.quote.create({
      data: { planId, clientId, version: 2, currency, pricesIncludeTax: false, netMinor: 100, taxMinor: 0, totalMinor: 100, depositMinor: 0, createdById: testApp.staff.owner.id },
    });
    const refused = await pay({ clientId, purpose: 'deposit', planId, amountMinor: 100, currency });
    expect(refused.status).toBe(409);
    expect(refused.body.errors).toEqual([{ field: 'planId', message: expect.any(String) }]);
  });
});

describe('refunds', () => {
  it('pay back a credit note of a paid invoice, never more than it', async () => {
    const { clientId, currency, invoice } = await invoicedPlan();
    await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: PLAN_LINE.totalMinor, currency });
    const note = (
      await testApp
        .as('owner')
        .post(`/api/invoices/${invoice.id}/credit-notes`)
        .send({ reason: 'Second session not needed', lines: [{ lineNumber: 1, totalMinor: 110_000 }] })
    ).body;
    expect(await invoiceOf(invoice.id)).toMatchObject({ creditedMinor: 110_000, dueMinor: 0, state: 'paid' });
    expect(await account(clientId)).toMatchObject({ balanceMinor: -110_000 });

    expectFieldProblem(
      await refund({ clientId, creditNoteId: note.id, amountMinor: 110_001, currency }),
      422,
      'amountMinor',
      `More than the $1,100.00 of ${note.number as string} not yet paid back`,
    );
    const paidBack = await refund({ clientId, creditNoteId: note.id, amountMinor: 110_000, currency, method: 'bank_transfer', reference: 'TR-77' });
    expect(paidBack.status).toBe(201);
    expect(paidBack.body).toMatchObject({ kind: 'refund', purpose: 'refund', invoice: { id: note.id, number: note.number }, planId: invoice.planId });
    expect(await account(clientId)).toMatchObject({ invoicedMinor: PLAN_LINE.totalMinor, creditedMinor: 110_000, paidMinor: 220_000, balanceMinor: 0 });
    expectFieldProblem(await refund({ clientId, creditNoteId: note.id, amountMinor: 1, currency }), 422, 'amountMinor');
  });

  it('pay back held credit, of the plan when one is named, and nothing a client does not hold', async () => {
    const first = await planWithAcceptedQuote(testApp);
    const { clientId, currency } = first;
    expectFieldProblem(await refund({ clientId, amountMinor: 1, currency }), 422, 'amountMinor', 'More than the $0.00 of credit the client holds');
    await pay({ clientId, purpose: 'deposit', planId: first.planId, amountMinor: 20_000, currency });
    await pay({ clientId, purpose: 'credit', amountMinor: 3_000, currency });
    expectFieldProblem(await refund({ clientId, planId: first.planId, amountMinor: 20_001, currency }), 422, 'amountMinor');
    expect((await refund({ clientId, planId: first.planId, amountMinor: 20_000, currency })).status).toBe(201);
    expect((await refund({ clientId, amountMinor: 3_000, currency })).status).toBe(201);
    expect(await account(clientId)).toMatchObject({ paidMinor: 0, balanceMinor: 0 });
  });

  it('are the owner’s to make', async () => {
    const { clientId, currency } = await planWithAcceptedQuote(testApp);
    await pay({ clientId, purpose: 'credit', amountMinor: 1_000, currency });
    expect((await refund({ clientId, amountMinor: 1_000, currency }, 'receptionist')).status).toBe(403);
  });
});

describe("a client's account", () => {
  it('adds up every plan’s invoices and payments, newest first, and its reading is audited', async () => {
    const { clientId, planId, currency, invoice } = await invoicedPlan();
    const second = await testApp.database.treatmentPlan.create({
      data: { clientId, style: 'scar_camouflage', artistId: testApp.staff.artist.id, quotedPriceMinor: 0, currency, createdById: testApp.staff.owner.id },
    });
    await pay({ clientId, purpose: 'invoice', invoiceId: invoice.id, amountMinor: 30_000, currency });
    await pay({ clientId, purpose: 'credit', planId: second.id, amountMinor: 10_000, currency });

    const read = await testApp.as('artist').get(`/api/clients/${clientId}/account`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ currency, invoicedMinor: PLAN_LINE.totalMinor, creditedMinor: 0, paidMinor: 40_000, balanceMinor: 290_000 });
    expect(read.body.invoices).toMatchObject([{ id: invoice.id, planId, paidMinor: 40_000, dueMinor: 290_000 }]);
    expect(read.body.payments.map((payment: { purpose: string }) => payment.purpose)).toEqual(['credit', 'invoice']);
    expect(await testApp.database.auditEvent.count({ where: { action: 'account.read', clientId } })).toBeGreaterThanOrEqual(1);
    expect(await testApp.database.auditEvent.count({ where: { action: 'payment.take', clientId } })).toBe(2);

    expect((await testApp.as('artist').get('/api/clients/00000000-0000-4000-8000-000000000000/account')).status).toBe(404);
  });
});
