import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import { addCalendarDays, CURRENT_SCREENING_QUESTIONNAIRE, dateInZone, zonedInstant } from '@smp/contracts';
import type { TestApp } from './test-app.js';
import { signatureDataUrl } from './files.js';
import { signTreatmentConsent } from './consents.js';

export const CLINIC_ZONE = 'America/New_York';
const everyDay = [1, 2, 3, 4, 5, 6, 7];

/** A clinic open every day 08:00–20:00, the test artist working 09:00–17:00, and two chairs. */
export async function openClinic(testApp: TestApp): Promise<{ rooms: string[] }> {
  const owner = testApp.as('owner');
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  await owner.put('/api/clinic').send({ ...settings, timeZone: CLINIC_ZONE, openingHours: everyDay.map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })) });
  await owner.put(`/api/artists/${testApp.staff.artist.id}/hours`).send({ weekly: everyDay.map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
  await owner.post('/api/rooms').send({ name: 'Chair 1' });
  const rooms = (await owner.post('/api/rooms').send({ name: 'Chair 2' })).body.items as { id: string }[];
  return { rooms: rooms.map((room) => room.id) };
}

/** A day `days` from today in the clinic's calendar. */
export function dayFromToday(days: number): string {
  return addCalendarDays(dateInZone(new Date(), CLINIC_ZONE), days);
}

/**
 * A time zone whose calendar day differs from UTC's at this moment (UTC-11 before
 * 10:00 UTC, UTC+14 from then on), for catching "today" taken in UTC instead of the clinic's zone.
 */
export function zoneWhoseDayIsNotUtcs(now = new Date()): string {
  return now.getUTCHours() < 10 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
}

export function at(date: string, time: string): string {
  return zonedInstant(date, time, CLINIC_ZONE).toISOString();
}

let clientNumber = 0;

/** A new client with a clear screening signed today and the treatment consent signed: ready for session 1. */
export async function screenedClient(testApp: TestApp, yes: Record<string, { answer: true }> = {}): Promise<string> {
  const clientId = await screenedClientWithoutConsent(testApp, yes);
  await signTreatmentConsent(testApp, clientId);
  return clientId;
}

/** A new client with a clear screening signed today, who has signed no consent form. */
export async function screenedClientWithoutConsent(testApp: TestApp, yes: Record<string, { answer: true }> = {}): Promise<string> {
  clientNumber += 1;
  const clientId = (
    await testApp
      .as('receptionist')
      .post('/api/clients')
      .send({ firstName: 'Plan', lastName: `Client${clientNumber}`, email: `plan.client${clientNumber}@example.com` })
  ).body.id as string;
  const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, yes[question.id] ?? { answer: false }]));
  await testApp
    .as('artist')
    .post(`/api/clients/${clientId}/screenings`)
    .send({ questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version, answers, signedName: 'Plan Client', signature: await signatureDataUrl() });
  return clientId;
}

let pigmentNumber = 0;

/** A new catalogue pigment with one lot in stock, good for a year. */
export async function catalogPigment(testApp: TestApp, shadeName: string, tone = 'neutral'): Promise<{ id: string; lotId: string }> {
  pigmentNumber += 1;
  const owner = testApp.as('owner');
  const product = `Line ${pigmentNumber}`;
  const catalogue = (await owner.post('/api/pigments').send({ brand: 'Test Ink', product, shadeName, tone })).body.items as { id: string; product: string }[];
  const id = catalogue.find((pigment) => pigment.product === product)!.id;
  const withLot = (await owner.post(`/api/pigments/${id}/lots`).send({ lotNumber: `T-${pigmentNumber}`, expiresOn: dayFromToday(365), receivedOn: dayFromToday(-10), quantity: 50 })).body
    .items as { id: string; lots: { id: string }[] }[];
  return { id, lotId: withLot.find((pigment) => pigment.id === id)!.lots[0]!.id };
}

/** The pigments test plans name by default, one pair per test app: a dark grey first, then a soft black. */
const defaultShades = new WeakMap<TestApp, Promise<[string, string]>>();
export function planShades(testApp: TestApp): Promise<[string, string]> {
  if (!defaultShades.has(testApp)) {
    defaultShades.set(
      testApp,
      Promise.all([catalogPigment(testApp, 'Dark Grey'), catalogPigment(testApp, 'Soft Black')]).then(([first, second]) => [first.id, second.id]),
    );
  }
  return defaultShades.get(testApp)!;
}

/** The body's `sessions`: a plan going from one shade to the next. */
export async function plannedSessions(testApp: TestApp): Promise<{ pigmentIds: string[] }[]> {
  const [first, second] = await planShades(testApp);
  return [{ pigmentIds: [first] }, { pigmentIds: [second] }];
}

/** An active two-session plan for a screened client, with the test artist. */
export async function activePlan(testApp: TestApp, clientId: string): Promise<{ id: string; sessions: { id: string; number: number }[] }> {
  const created = await testApp
    .as('artist')
    .post('/api/treatment-plans')
    .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, sessions: await plannedSessions(testApp) });
  return (await testApp.as('receptionist').post(`/api/treatment-plans/${created.body.id}/start`)).body;
}

let slot = 0;
/**
 * A visit in progress, booked on the owner's override: a plan session unless another
 * kind is given with what it belongs to (e.g. `{ kind: 'laser', correctionPlanId }`).
 * Each starts 20 minutes after the last from today's midnight, so all are today
 * whatever the time: arriving waits for the appointment's day, and a screening signed today covers it.
 */
export async function visitInProgress(testApp: TestApp, rooms: string[], clientId: string, visit: { kind: string; planSessionId?: string; correctionPlanId?: string }): Promise<string> {
  const start = new Date(Date.parse(at(dayFromToday(0), '00:00')) + slot++ * 20 * 60_000);
  const booked = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({
      ...visit,
      clientId,
      artistId: testApp.staff.artist.id,
      roomId: rooms[slot % rooms.length],
      startsAt: start.toISOString(),
      durationMinutes: 15,
      override: { reason: 'Walk-in session recorded for the test' },
    });
  if (booked.status !== 201) throw new Error(`Booking the ${visit.kind} failed: ${JSON.stringify(booked.body)}`);
  for (const status of ['arrived', 'in_progress'])
    await testApp
      .as('artist')
      .post(`/api/appointments/${booked.body.id as string}/status`)
      .send({ status });
  return booked.body.id as string;
}

/** A plan session in progress today (see visitInProgress). */
export function planSessionInProgress(testApp: TestApp, rooms: string[], clientId: string, planSessionId: string): Promise<string> {
  return visitInProgress(testApp, rooms, clientId, { kind: 'plan_session', planSessionId });
}

/** The artist records the session in progress at `appointmentId` with one foundation pigment lot: the record as the API answered it (201). */
export async function recordedSession(
  testApp: TestApp,
  appointmentId: string,
  { pigmentLotId, needleLotId, durationMinutes = 120, painLevel = 2 }: { pigmentLotId: string; needleLotId: string; durationMinutes?: number; painLevel?: number },
): Promise<Response> {
  const recorded = await testApp
    .as('artist')
    .post(`/api/appointments/${appointmentId}/session-record`)
    .send({ areasTreated: ['hairline'], density: 'medium', dotSize: 'small', pigments: [{ lotId: pigmentLotId, role: 'foundation' }], needleLotId, durationMinutes, painLevel });
  expect(recorded.status).toBe(201);
  return recorded;
}
