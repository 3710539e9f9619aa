import { addCalendarDays, CURRENT_SCREENING_QUESTIONNAIRE, dateInZone, zonedInstant } from '@smp/contracts';
import type { TestApp } from './test-app.js';
import { signatureDataUrl } from './files.js';

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

/** A new client with a clear screening signed today. */
export async function screenedClient(testApp: TestApp, yes: Record<string, { answer: true }> = {}): Promise<string> {
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

/** An active two-session plan for a screened client, with the test artist. */
export async function activePlan(testApp: TestApp, clientId: string): Promise<{ id: string; sessions: { id: string; number: number }[] }> {
  const created = await testApp
    .as('artist')
    .post('/api/treatment-plans')
    .send({ clientId, style: 'density', artistId: testApp.staff.artist.id, shades: ['Soft black, diluted', 'Soft black'] });
  return (await testApp.as('receptionist').post(`/api/treatment-plans/${created.body.id}/start`)).body;
}
