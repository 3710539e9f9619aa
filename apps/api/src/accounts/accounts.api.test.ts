import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { planWithAcceptedQuote, PLAN_LINE } from '../test-support/money.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const planAccount = (planId: string) => testApp.as('receptionist').get(`/api/treatment-plans/${planId}/account`);
const pay = (body: Record<string, unknown>) =>
  testApp
    .as('receptionist')
    .post('/api/payments')
    .send({ method: 'card', reference: 'T-4821', ...body });

describe("a plan's account", () => {
  it('follows the plan: its signed quote, its deposit, then its invoice with the deposit set against it', async () => {
    const { clientId, planId, quoteId, currency } = await planWithAcceptedQuote(testApp);
    const signed = await planAccount(planId);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({
      currency,
      quote: { id: quoteId },
      acceptedQuote: { id: quoteId },
      deposit: { requiredMinor: 50_000, paidMinor: 0 },
      canInvoicePlan: true,
      invoicedMinor: 0,
      balanceMinor: 0,
      invoices: [],
      payments: [],
    });

    expect((await pay({ clientId, purpose: 'deposit', planId, amountMinor: 50_000, currency })).status).toBe(201);
    const deposited = (await planAccount(planId)).body;
    expect(deposited).toMatchObject({ deposit: { paidMinor: 50_000, state: 'paid' }, paidMinor: 50_000, balanceMinor: -50_000 });

    const invoice = (await testApp.as('receptionist').post(`/api/treatment-plans/${planId}/invoices`).send({})).body;
    const invoiced = (await planAccount(planId)).body;
    expect(invoiced).toMatchObject({
      canInvoicePlan: false,
      invoicedMinor: PLAN_LINE.totalMinor,
      paidMinor: 50_000,
      balanceMinor: PLAN_LINE.totalMinor - 50_000,
      invoices: [{ id: invoice.id, state: 'part_paid', paidMinor: 50_000, dueMinor: PLAN_LINE.totalMinor - 50_000 }],
    });
    expect(await testApp.database.auditEvent.count({ where: { action: 'account.read', entityType: 'plan', entityId: planId, clientId } })).toBe(3);
  });

  it('counts only its own money, though the client pays for another plan too', async () => {
    const first = await planWithAcceptedQuote(testApp);
    const other = await testApp.database.treatmentPlan.create({
      data: {
        clientId: first.clientId,
        style: 'scar_camouflage',
        artistId: testApp.staff.artist.id,
        quotedPriceMinor: 80_000,
        currency: first.currency,
        createdById: testApp.staff.owner.id,
      },
    });
    await pay({ clientId: first.clientId, purpose: 'deposit', planId: first.planId, amountMinor: 20_000, currency: first.currency });
    const account = (await planAccount(other.id)).body;
    expect(account).toMatchObject({ quote: null, acceptedQuote: null, canInvoicePlan: false, paidMinor: 0, balanceMinor: 0, payments: [], deposit: { state: 'not_asked' } });
  });

  it('of a plan that does not exist is a problem', async () => {
    const response = await planAccount('00000000-0000-4000-8000-000000000000');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
