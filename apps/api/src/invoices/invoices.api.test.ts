import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { planWithAcceptedQuote, PLAN_LINE } from '../test-support/money.js';
import { openPdf, pageTexts } from '../test-support/pdf-text.js';
import { nextDocumentNumber } from './document-numbers.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const issuePlanInvoice = (planId: string) => testApp.as('receptionist').post(`/api/treatment-plans/${planId}/invoices`).send({});

describe('invoice numbers', () => {
  it('run 1 to 20 without a gap or a duplicate when 20 desks issue at once, and a rolled-back issue gives its number back', async () => {
    const plans = await Promise.all(Array.from({ length: 20 }, () => planWithAcceptedQuote(testApp)));
    const issued = await Promise.all(plans.map((plan) => issuePlanInvoice(plan.planId)));
    expect(issued.map((response) => response.status)).toEqual(plans.map(() => 201));
    const year = (issued[0]!.body.issuedOn as string).slice(0, 4);
    const numbers = issued.map((response) => response.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, index) => `INV-${year}-${String(index + 1).padStart(4, '0')}`));

    await expect(
      testApp.database.$transaction(async (transaction) => {
        await nextDocumentNumber(transaction, 'invoice', Number(year));
        throw new Error('The issue failed after taking its number');
      }),
    ).rejects.toThrow('failed after taking');
    const next = await issuePlanInvoice((await planWithAcceptedQuote(testApp)).planId);
    expect(next.body.number).toBe(`INV-${year}-0021`);
  });
});

describe("a plan's invoice", () => {
  it('copies the signed quote’s lines, the clinic as seller and the client as buyer, and is audited', async () => {
    const { planId, clientId } = await planWithAcceptedQuote(testApp);
    const issued = await issuePlanInvoice(planId);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({
      kind: 'invoice',
      planId,
      client: { id: clientId },
      ...PLAN_LINE,
      state: 'unpaid',
      dueMinor: PLAN_LINE.totalMinor,
      buyer: { address: '1 Main St\nSpringfield' },
      lines: [{ lineNumber: 1, kind: 'plan', taxName: 'Sales tax', taxBasisPoints: 1000, ...PLAN_LINE, creditedLineNumber: null }],
      issuedBy: { id: testApp.staff.receptionist.id },
    });
    expect(issued.body.seller.name).toEqual((await testApp.database.clinicSettings.findFirstOrThrow()).name);
    const audited = await testApp.database.auditEvent.findFirst({ where: { action: 'invoice.issue', entityId: issued.body.id } });
    expect(audited?.clientId).toBe(clientId);
  });

  it('is issued once: again only after the first is credited in full', async () => {
    const { planId } = await planWithAcceptedQuote(testApp);
    const first = await issuePlanInvoice(planId);
    const again = await issuePlanInvoice(planId);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain(first.body.number);

    const credited = await testApp
      .as('owner')
      .post(`/api/invoices/${first.body.id}/credit-notes`)
      .send({ reason: 'Issued to the wrong person', lines: [{ lineNumber: 1, totalMinor: PLAN_LINE.totalMinor }] });
    expect(credited.status).toBe(201);
    expect((await issuePlanInvoice(planId)).status).toBe(201);
  });

  it('stands for the plan: a newer signed quote is not invoiced while the first invoice stands', async () => {
    const { planId, clientId, currency } = await planWithAcceptedQuote(testApp);
    const first = await issuePlanInvoice(planId);
    await testApp.database.quote.create({
      data: {
        planId,
        clientId,
        version: 2,
        currency,
        pricesIncludeTax: false,
        netMinor: 100,
        taxMinor: 0,
        totalMinor: 100,
        depositMinor: 0,
        createdById: testApp.staff.owner.id,
        acceptance: { create: { signedName: 'Quinn Payer', signaturePng: Buffer.from([0x89, 0x50, 0x4e, 0x47]), witnessedById: testApp.staff.owner.id } },
      },
    });
    const second = await issuePlanInvoice(planId);
    expect(second.status).toBe(409);
    expect(second.body.detail).toContain(first.body.number);
    expect((await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/account`)).body.canInvoicePlan).toBe(false);
  });

  it('is refused without an accepted quote', async () => {
    const { planId, clientId, currency } = await planWithAcceptedQuote(testApp);
    await testApp.database.quote.create({
      data: { planId, clientId, version: 2, currency, pricesIncludeTax: false, netMinor: 100, taxMinor: 0, totalMinor: 100, depositMinor: 0, createdById: testApp.staff.owner.id },
    });
    const refused = await issuePlanInvoice(planId);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});

describe("a visit's invoice", () => {
  it('charges a no-show the clinic’s fee', async () => {
    const { clientId } = await planWithAcceptedQuote(testApp);
    await testApp.database.clinicSettings.updateMany({ data: { noShowFeeMinor: 7_500 } });
    const room = await testApp.database.room.create({ data: { name: 'Chair 1' } });
    const startsAt = new Date(Date.now() - 3 * 3_600_000);
    const appointment = await testApp.database.appointment.create({
      data: {
        kind: 'maintenance',
        clientId,
        artistId: testApp.staff.artist.id,
        roomId: room.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        status: 'no_show',
        createdById: testApp.staff.receptionist.id,
      },
    });
    const draft = await testApp.as('artist').get(`/api/appointments/${appointment.id}/invoice-draft`);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ lines: [{ kind: 'no_show_fee', unitPriceMinor: 7_500 }], invoiced: [] });

    const issued = await testApp.as('receptionist').post(`/api/appointments/${appointment.id}/invoices`).send({ lines: draft.body.lines });
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ appointmentId: appointment.id, planId: null, totalMinor: 7_500, lines: [{ kind: 'no_show_fee', description: 'No-show fee' }] });
    const again = await testApp.as('artist').get(`/api/appointments/${appointment.id}/invoice-draft`);
    expect(again.body).toEqual(expect.objectContaining({ lines: [], invoiced: [{ id: issued.body.id, number: issued.body.number }] }));
    const twice = await testApp.as('receptionist').post(`/api/appointments/${appointment.id}/invoices`).send({ lines: draft.body.lines });
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain(issued.body.number);
  });
});

describe('credit notes', () => {
  it('take back part of a line with its tax in proportion, and never more than is left of it', async () => {
    const { planId } = await planWithAcceptedQuote(testApp);
    const invoice = (await issuePlanInvoice(planId)).body;
    const credit = (totalMinor: number) =>
      testApp
        .as('owner')
        .post(`/api/invoices/${invoice.id}/credit-notes`)
        .send({ reason: 'Second session not needed', lines: [{ lineNumber: 1, totalMinor }] });

    const note = await credit(110_000);
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      kind: 'credit_note',
      number: expect.stringMatching(/^CN-\d{4}-\d{4}$/),
      creditedInvoice: { id: invoice.id, number: invoice.number },
      reason: 'Second session not needed',
      netMinor: 100_000,
      taxMinor: 10_000,
      totalMinor: 110_000,
      lines: [{ kind: 'credit', creditedLineNumber: 1, totalMinor: 110_000, taxMinor: 10_000 }],
    });

    const over = await credit(220_001);
    expect(over.status).toBe(422);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(over.body.errors).toEqual([{ field: 'lines.0.totalMinor', message: 'At most $2,200.00 is left to credit on this line' }]);

    const after = (await testApp.as('owner').get(`/api/invoices/${invoice.id}`)).body;
    expect(after).toMatchObject({ creditedMinor: 110_000, dueMinor: 220_000, state: 'unpaid', creditNotes: [{ id: note.body.id, totalMinor: 110_000 }] });
  });

  it('are the owner’s to issue', async () => {
    const { planId } = await planWithAcceptedQuote(testApp);
    const invoice = (await issuePlanInvoice(planId)).body;
    const refused = await testApp
      .as('receptionist')
      .post(`/api/invoices/${invoice.id}/credit-notes`)
      .send({ reason: 'Not allowed', lines: [{ lineNumber: 1, totalMinor: 100 }] });
    expect(refused.status).toBe(403);
  });
});

describe('the invoice list', () => {
  it('pages a client’s invoices newest first for the front desk, each with what is paid and due, and reads them on the audit trail', async () => {
    const { planId, clientId } = await planWithAcceptedQuote(testApp);
    const first = (await issuePlanInvoice(planId)).body;
    await testApp
      .as('owner')
      .post(`/api/invoices/${first.id}/credit-notes`)
      .send({ reason: 'Reissued', lines: [{ lineNumber: 1, totalMinor: PLAN_LINE.totalMinor }] });
    const second = (await issuePlanInvoice(planId)).body;

    expect((await testApp.as('artist').get(`/api/invoices?clientId=${clientId}`)).status).toBe(403);
    const page = await testApp.as('receptionist').get(`/api/invoices?clientId=${clientId}&kind=invoice&limit=1`);
    expect(page.status).toBe(200);
    expect(page.body.items).toMatchObject([{ id: second.id, state: 'unpaid', dueMinor: PLAN_LINE.totalMinor }]);
    const next = await testApp.as('receptionist').get(`/api/invoices?clientId=${clientId}&kind=invoice&limit=1&cursor=${page.body.nextCursor as string}`);
    expect(next.body).toMatchObject({ items: [{ id: first.id, state: 'credited', dueMinor: 0, creditedMinor: PLAN_LINE.totalMinor }], nextCursor: null });

    const badCursor = await testApp.as('owner').get('/api/invoices?cursor=nonsense');
    expect(badCursor.status).toBe(400);

    await testApp.as('artist').get(`/api/invoices/${first.id}`);
    expect(await testApp.database.auditEvent.count({ where: { action: 'invoice.read', entityId: first.id, clientId } })).toBe(1);
    expect(await testApp.database.auditEvent.count({ where: { action: 'invoice.read', entityId: null, clientId } })).toBe(2);
  });
});

describe("an invoice's PDF", () => {
  it('is the issued invoice, named by its number, shown inline and read on the audit trail', async () => {
    const { planId } = await planWithAcceptedQuote(testApp);
    const invoice = (await issuePlanInvoice(planId)).body;
    const response = await testApp
      .as('receptionist')
      .get(`/api/invoices/${invoice.id}/pdf`)
      .buffer(true)
      .parse((stream, done) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': `inline; filename=${invoice.number}.pdf`, 'cache-control': 'no-store' });
    const [text] = await pageTexts(await openPdf(new Uint8Array(response.body as Buffer)));
    expect(text).toContain(invoice.number);
    expect(text).toContain('Density plan, 2 sessions');
    expect(text).toContain('$3,300.00');
    expect(await testApp.database.auditEvent.count({ where: { action: 'invoice.read', entityId: invoice.id, details: { path: ['as'], equals: 'pdf' } } })).toBe(1);
  });

  it('of an invoice that does not exist is a problem, not an empty file', async () => {
    const response = await testApp.as('owner').get('/api/invoices/00000000-0000-4000-8000-000000000000/pdf');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
