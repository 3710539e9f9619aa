import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FollowUp, PlanAccount, Quote } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { signatureDataUrl } from '../test-support/files.js';
import { activePlan, at, dayFromToday, openClinic, planShades, screenedClient } from '../test-support/scheduling.js';

let testApp: TestApp;
let rooms: string[];
let salesTaxId: string;
beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  const owner = testApp.as('owner');
  await owner.put('/api/prices').send({ prices: [{ style: 'density', planPriceMinor: 300_000, extraSessionPriceMinor: 40_000 }] });
  salesTaxId = (await owner.post('/api/tax-rates').send({ name: 'Sales tax', basisPoints: 1000, isDefault: true })).body.id;
  // A fixed deposit, due on session 1's day at its time: a session already begun is past its deadline whatever today is.
  await owner.put('/api/billing-settings').send({
    taxId: null,
    pricesIncludeTax: false,
    deposit: { kind: 'amount', amountMinor: 50_000 },
    depositDueDaysBefore: 0,
    lateCancellationFeeMinor: 0,
    noShowFeeMinor: 0,
  });
});
afterAll(async () => {
  await testApp.close();
});

const planLine = { kind: 'plan', description: 'Density plan — sessions 1 and 2', unitPriceMinor: 300_000 };

async function plan(): Promise<{ clientId: string; planId: string; sessionOneId: string }> {
  const clientId = await screenedClient(testApp);
  const { id, sessions } = await activePlan(testApp, clientId);
  return { clientId, planId: id, sessionOneId: sessions.find((session) => session.number === 1)!.id };
}

const present = (planId: string, lines: Record<string, unknown>[] = [planLine], role: 'artist' | 'receptionist' | 'owner' = 'artist') =>
  testApp.as(role).post(`/api/treatment-plans/${planId}/quotes`).send({ lines });

/** The plan's account, where its quote and deposit stand, as reception reads it. */
const planAccount = async (planId: string): Promise<PlanAccount> => (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/account`)).body;

const accept = async (quoteId: string, role: 'artist' | 'receptionist' | 'owner' = 'artist') =>
  testApp
    .as(role)
    .post(`/api/quotes/${quoteId}/acceptance`)
    .send({ signedName: 'Plan Client', signature: await signatureDataUrl() });

async function followUps(): Promise<FollowUp[]> {
  return (await testApp.as('receptionist').get('/api/follow-ups')).body.items;
}

describe('a plan’s quote', () => {
  it('is drafted from the plan’s price and its charged sessions, at the default tax rate', async () => {
    const { planId } = await plan();
    const [pigmentId] = await planShades(testApp);
    await testApp
      .as('artist')
      .post(`/api/treatment-plans/${planId}/sessions`)
      .send({ kind: 'extra', pigmentIds: [pigmentId] });
    const draft = await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/quote-draft`);
    expect(draft.status).toBe(200);
    expect(draft.body).toEqual({
      currency: 'USD',
      pricesIncludeTax: false,
      lines: [
        { ...planLine, quantity: 1 },
        { kind: 'session', description: 'Session 3', quantity: 1, unitPriceMinor: 40_000 },
      ],
    });

    const presented = await present(planId, draft.body.lines);
    expect(presented.status).toBe(201);
    expect(presented.body).toMatchObject({
      planId,
      version: 1,
      status: 'presented',
      netMinor: 340_000,
      taxMinor: 34_000,
      totalMinor: 374_000,
      depositMinor: 50_000,
      createdBy: { id: testApp.staff.artist.id },
      acceptance: null,
    });
    expect(presented.body.lines[1]).toMatchObject({ lineNumber: 2, taxName: 'Sales tax', taxBasisPoints: 1000, totalMinor: 44_000 });
  });

  it('is accepted once, by the client’s signature on the latest version; a new version supersedes it; nothing is changed after', async () => {
    const { clientId, planId } = await plan();
    const first: Quote = (await present(planId)).body;
    const accepted = await accept(first.id);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', acceptance: { signedName: 'Plan Client', witnessedBy: { id: testApp.staff.artist.id } } });

    const twice = await accept(first.id, 'receptionist');
    expect(twice.status).toBe(409);
    expect(twice.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(twice.body.title).toBe('Already accepted');

    await expect(testApp.database.$executeRaw`UPDATE quote_acceptances SET signed_name = 'Someone Else' WHERE quote_id = ${first.id}::uuid`).rejects.toThrow();
    await expect(testApp.database.$executeRaw`UPDATE quotes SET total_minor = 1 WHERE id = ${first.id}::uuid`).rejects.toThrow();
    await expect(testApp.database.$executeRaw`DELETE FROM quote_lines WHERE quote_id = ${first.id}::uuid`).rejects.toThrow();

    const discounted = await present(planId, [planLine, { kind: 'discount', description: 'Returning client', unitPriceMinor: 30_000, discountReason: 'Second plan with us' }]);
    expect(discounted.body).toMatchObject({ version: 2, status: 'presented', totalMinor: 297_000 });
    const superseded = await accept(first.id);
    expect(superseded.status).toBe(409);
    expect(superseded.body.title).toBe('Quote superseded');

    const versions = (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/quotes`)).body as Quote[];
    expect(versions.map((quote) => [quote.version, quote.status, quote.acceptance?.signedName ?? null])).toEqual([
      [2, 'presented', null],
      [1, 'superseded', 'Plan Client'],
    ]);
    expect((await planAccount(planId)).acceptedQuote).toBeNull();
    expect((await accept(discounted.body.id)).body.status).toBe('accepted');

    const signature = await testApp.as('receptionist').get(`/api/quotes/${first.id}/signature`);
    expect(signature.status).toBe(200);
    expect(signature.headers['content-type']).toBe('image/png');
    expect(signature.body.subarray(1, 4).toString()).toBe('PNG');

    expect((await testApp.as('artist').get(`/api/quotes/${first.id}`)).body.status).toBe('superseded');
    const reads = (await testApp.as('owner').get('/api/audit-events').query({ action: 'quote.read', clientId })).body.items;
    expect(reads.length).toBeGreaterThanOrEqual(3);
    for (const action of ['quote.present', 'quote.accept']) {
      expect((await testApp.as('owner').get('/api/audit-events').query({ action, clientId })).body.items).toHaveLength(2);
    }
  });

  it('takes one signature when two desks take it at the same moment, and tells the other it is signed', async () => {
    const { planId } = await plan();
    const quote: Quote = (await present(planId)).body;
    const both = await Promise.all([accept(quote.id), accept(quote.id, 'receptionist')]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(both.find((response) => response.status === 409)!.body.title).toBe('Already accepted');
  });

  it('takes one version number per presentation, however many are presented at once', async () => {
    const { planId } = await plan();
    const responses = await Promise.all(Array.from({ length: 5 }, () => present(planId)));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(responses.map((response) => response.body.version as number).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses bad lines and a bad signature field by field, as problem+json', async () => {
    const { planId } = await plan();
    const bad = await present(planId, [
      { ...planLine, unitPriceMinor: -100 },
      { kind: 'discount', description: 'Friend of the artist', unitPriceMinor: 1_000 },
      { kind: 'extra', description: 'Aftercare kit', unitPriceMinor: 2_000, taxRateId: '00000000-0000-4000-8000-000000000000' },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'lines.0.unitPriceMinor', message: 'Must not be negative' },
        { field: 'lines.1.discountReason', message: 'Say why the discount is given' },
      ]),
    );
    const unknownRate = await present(planId, [planLine, { kind: 'extra', description: 'Aftercare kit', unitPriceMinor: 2_000, taxRateId: '00000000-0000-4000-8000-000000000000' }]);
    expect(unknownRate.status).toBe(400);
    expect(unknownRate.body.errors).toEqual([{ field: 'lines.1.taxRateId', message: 'Not one of the clinic’s tax rates' }]);
    const tooMuchOff = await present(planId, [planLine, { kind: 'discount', description: 'Goodwill', unitPriceMinor: 400_000, discountReason: 'Long wait' }]);
    expect(tooMuchOff.body.errors).toEqual([{ field: 'lines', message: 'Discounts come to more than the charges' }]);

    const quote = (await present(planId, [{ ...planLine, taxRateId: salesTaxId }])).body;
    const notPng = await testApp.as('artist').post(`/api/quotes/${quote.id}/acceptance`).send({ signedName: 'Plan Client', signature: 'data:image/png;base64,AAAA' });
    expect(notPng.status).toBe(400);
    expect(notPng.body.errors).toEqual([{ field: 'signature', message: 'Draw the signature' }]);
    const noName = await testApp
      .as('artist')
      .post(`/api/quotes/${quote.id}/acceptance`)
      .send({ signedName: ' ', signature: await signatureDataUrl() });
    expect(noName.body.errors).toEqual([{ field: 'signedName', message: 'Type the client’s full name' }]);
  });

  it('is not presented for a cancelled plan or an archived client', async () => {
    const cancelled = await plan();
    await testApp.as('artist').post(`/api/treatment-plans/${cancelled.planId}/cancel`).send({ reason: 'Client moved away' });
    const refused = await present(cancelled.planId);
    expect(refused.status).toBe(409);
    expect(refused.body.title).toBe('Plan closed');

    const archived = await plan();
    const quote = (await present(archived.planId)).body;
    await testApp.as('owner').post(`/api/clients/${archived.clientId}/archive`);
    expect((await present(archived.planId)).status).toBe(409);
    expect((await accept(quote.id)).status).toBe(409);
    expect((await present('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('a plan’s deposit', () => {
  it('is due from session 1’s booking, and only when a signed quote asks for one', async () => {
    const { planId, sessionOneId, clientId } = await plan();
    expect((await planAccount(planId)).deposit).toEqual({ state: 'not_asked', requiredMinor: 0, paidMinor: 0, dueAt: null });
    await accept((await present(planId)).body.id);
    expect((await planAccount(planId)).deposit).toMatchObject({ state: 'awaiting_booking', requiredMinor: 50_000 });

    const { slots } = (await testApp.as('receptionist').get(`/api/treatment-plans/${planId}/next-session-slots`)).body;
    const [slot] = slots as { startsAt: string; roomId: string | null }[];
    const booked = await testApp
      .as('receptionist')
      .post('/api/appointments')
      .send({ kind: 'plan_session', clientId, artistId: testApp.staff.artist.id, roomId: rooms[0], planSessionId: sessionOneId, startsAt: slot!.startsAt });
    expect(booked.status).toBe(201);
    // Due on session 1's day at its time (0 days before), still ahead.
    expect((await planAccount(planId)).deposit).toEqual({ state: 'due', requiredMinor: 50_000, paidMinor: 0, dueAt: booked.body.startsAt });
    expect((await followUps()).some((entry) => entry.plan?.id === planId && entry.kind === 'deposit_overdue')).toBe(false);
  });

  /**
   * A signed plan whose session 1 began at midnight today (on an owner's override), so
   * its deposit's deadline has passed whatever the time; each test's with its own artist and chair.
   */
  async function planPastItsDepositDeadline(artistId: string, roomId: string): Promise<{ planId: string; clientId: string; booked: { id: string; startsAt: string } }> {
    const { planId, sessionOneId, clientId } = await plan();
    await accept((await present(planId)).body.id);
    const booked = await testApp
      .as('owner')
      .post('/api/appointments')
      .send({
        kind: 'plan_session',
        clientId,
        artistId,
        roomId,
        planSessionId: sessionOneId,
        startsAt: at(dayFromToday(0), '00:00'),
        durationMinutes: 15,
        override: { reason: 'Walk-in session recorded for the test' },
      });
    if (booked.status !== 201) throw new Error(`Booking session 1 failed: ${JSON.stringify(booked.body)}`);
    return { planId, clientId, booked: booked.body };
  }

  it('puts a booking whose deposit is overdue on the follow-up queue, booking kept, until the plan’s payments cover it', async () => {
    const { planId, clientId, booked } = await planPastItsDepositDeadline(testApp.staff.artist.id, rooms[1]!);
    const pay = (amountMinor: number, kind: 'payment' | 'refund' = 'payment') =>
      testApp.database.payment.create({
        data: { kind, purpose: kind === 'refund' ? 'refund' : 'deposit', clientId, planId, method: 'cash', amountMinor, currency: 'USD', recordedById: testApp.staff.receptionist.id },
      });
    await pay(20_000);

    const entry = (await followUps()).find((candidate) => candidate.plan?.id === planId && candidate.kind === 'deposit_overdue');
    expect(entry).toMatchObject({
      urgency: 'deposit_overdue',
      client: { id: clientId },
      appointment: { id: booked.id, startsAt: booked.startsAt, requestedAt: booked.startsAt },
      deposit: { requiredMinor: 50_000, paidMinor: 20_000, dueAt: booked.startsAt, currency: 'USD' },
    });
    expect((await testApp.as('receptionist').get(`/api/appointments/${booked.id}`)).body.status).toBe('booked');
    expect((await planAccount(planId)).deposit.state).toBe('overdue');

    await pay(40_000);
    await pay(5_000, 'refund');
    expect((await planAccount(planId)).deposit).toMatchObject({ state: 'paid', paidMinor: 55_000 });
    expect((await followUps()).some((candidate) => candidate.plan?.id === planId && candidate.kind === 'deposit_overdue')).toBe(false);
  });

  it('leaves the queue once the client has arrived for session 1', async () => {
    const { planId, booked } = await planPastItsDepositDeadline((await testApp.addStaff('artist', 'Second Artist')).staff.id, rooms[0]!);
    expect((await followUps()).some((candidate) => candidate.plan?.id === planId && candidate.kind === 'deposit_overdue')).toBe(true);
    await testApp.as('receptionist').post(`/api/appointments/${booked.id}/status`).send({ status: 'arrived' });
    expect((await followUps()).some((candidate) => candidate.plan?.id === planId && candidate.kind === 'deposit_overdue')).toBe(false);
  });
});
