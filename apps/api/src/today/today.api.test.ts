import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, CURRENT_SCREENING_QUESTIONNAIRE, zonedInstant, type Today } from '@smp/contracts';
import { fromIsoDate } from '../database/column-values.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { CLINIC_ZONE, openClinic } from '../test-support/scheduling.js';

// A fixed Monday, and the Sunday New York's clocks go forward: the page is asked for these days, never the real today.
const MONDAY = '2031-03-10';
const DST_SUNDAY = '2031-03-09';

let testApp: TestApp;
let secondArtist: string;
let rooms: string[];
const signature = new Uint8Array([137, 80, 78, 71]);

async function client(name: string): Promise<string> {
  const [firstName, lastName] = name.split(' ') as [string, string];
  const response = await testApp
    .as('receptionist')
    .post('/api/clients')
    .send({ firstName, lastName, email: `${firstName}.${lastName}@example.com`.toLowerCase() });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** A screening signed the day before `day`, with these answers "yes". */
async function screened(clientId: string, day: string, yes: string[] = []): Promise<void> {
  const answers = Object.fromEntries(CURRENT_SCREENING_QUESTIONNAIRE.questions.map((question) => [question.id, { answer: yes.includes(question.id) }]));
  const worst = yes.length > 0 ? 'caution' : 'clear';
  await testApp.database.screening.create({
    data: {
      clientId,
      questionnaireVersion: CURRENT_SCREENING_QUESTIONNAIRE.version,
      answers,
      answeredOutcome: worst,
      conductedById: testApp.staff.artist.id,
      signedName: 'Client',
      signaturePng: signature,
      signedAt: zonedInstant(addCalendarDays(day, -1), '10:00', CLINIC_ZONE),
      validUntil: fromIsoDate(addCalendarDays(day, 60))!,
    },
  });
}

async function appointment(
  clientId: string,
  day: string,
  time: string,
  minutes: number,
  fields: { kind?: string; status?: string; artistId?: string; planSessionId?: string } = {},
): Promise<string> {
  const startsAt = zonedInstant(day, time, CLINIC_ZONE);
  const created = await testApp.database.appointment.create({
    data: {
      kind: fields.kind ?? 'consultation',
      status: fields.status ?? 'booked',
      clientId,
      artistId: fields.artistId ?? testApp.staff.artist.id,
      planSessionId: fields.planSessionId ?? null,
      // Treatments take a chair; each in its own hour here, so none collide.
      roomId: fields.kind && fields.kind !== 'consultation' ? rooms[0] : null,
      ...(fields.status === 'cancelled' ? { cancelledAt: startsAt, cancellationReason: 'Client asked', lateCancellation: false } : {}),
      startsAt,
      endsAt: new Date(startsAt.getTime() + minutes * 60_000),
      createdById: testApp.staff.receptionist.id,
    },
  });
  return created.id;
}

/** A two-session plan of the demo artist's, started on `day`. */
function activePlan(clientId: string, style: 'hairline_restoration' | 'density', day: string) {
  return testApp.database.treatmentPlan.create({
    data: {
      clientId,
      style,
      artistId: testApp.staff.artist.id,
      status: 'active',
      startedAt: zonedInstant(day, '08:00', CLINIC_ZONE),
      quotedPriceMinor: 300_000,
      currency: 'USD',
      createdById: testApp.staff.artist.id,
      sessions: {
        create: [
          { number: 1, kind: 'included', shadeNote: 'Soft black' },
          { number: 2, kind: 'included', shadeNote: 'Soft black' },
        ],
      },
    },
    include: { sessions: { orderBy: { number: 'asc' } } },
  });
}

const today = async (role: 'owner' | 'receptionist' | 'artist', date: string): Promise<Today> => {
  const response = await testApp.as(role).get(`/api/today?date=${date}`);
  expect(response.status).toBe(200);
  return response.body as Today;
};

const ids = (appointments: { id: string }[]) => appointments.map((appointment) => appointment.id);

let treatedWithCaution: string;
let treatment: string;
let otherArtistsConsultation: string;
let unconfirmedLater: string;
let unscreenedTreatment: string;
let waitingClient: string;

beforeAll(async () => {
  testApp = await createTestApp();
  ({ rooms } = await openClinic(testApp));
  secondArtist = (await testApp.addStaff('artist', 'Second Artist')).staff.id;

  treatedWithCaution = await client('Keloid Client');
  await screened(treatedWithCaution, MONDAY, ['keloid_tendency']);
  const plan = await activePlan(treatedWithCaution, 'hairline_restoration', MONDAY);
  treatment = await appointment(treatedWithCaution, MONDAY, '10:00', 210, { kind: 'plan_session', status: 'confirmed', planSessionId: plan.sessions[0]!.id });

  const consulted = await client('Consulted Client');
  otherArtistsConsultation = await appointment(consulted, MONDAY, '14:00', 60, { artistId: secondArtist });
  await appointment(consulted, MONDAY, '16:00', 60, { status: 'cancelled' });
  unconfirmedLater = await appointment(consulted, addCalendarDays(MONDAY, 3), '11:00', 60);
  await appointment(consulted, addCalendarDays(MONDAY, 30), '11:00', 60);

  const unscreened = await client('Unscreened Client');
  unscreenedTreatment = await appointment(unscreened, addCalendarDays(MONDAY, 5), '09:00', 210, { kind: 'touch_up', status: 'confirmed', artistId: secondArtist });

  // Session 1 nine days before: session 2's window is open and nothing is booked.
  waitingClient = await client('Waiting Client');
  await screened(waitingClient, addCalendarDays(MONDAY, -10));
  const waitingPlan = await activePlan(waitingClient, 'density', addCalendarDays(MONDAY, -10));
  await appointment(waitingClient, addCalendarDays(MONDAY, -9), '09:00', 210, { kind: 'plan_session', status: 'completed', planSessionId: waitingPlan.sessions[0]!.id });

  await testApp.database.artistCertification.createMany({
    data: [
      { staffId: testApp.staff.artist.id, name: 'Bloodborne pathogens', expiresOn: fromIsoDate(addCalendarDays(MONDAY, 10))!, requiredForTreatment: true },
      { staffId: testApp.staff.artist.id, name: 'SMP practitioner', expiresOn: fromIsoDate(addCalendarDays(MONDAY, 200))! },
    ],
  });
});
afterAll(async () => {
  await testApp.close();
});

describe('the Today page', () => {
  it('shows an artist their own appointments of the day with the client’s screening and caution items, and audits reading them once a day', async () => {
    const page = await today('artist', MONDAY);
    // The page refetches on focus and after every booking change: still one read of each client's screening that day.
    await today('artist', MONDAY);
    expect(page.date).toBe(MONDAY);
    expect(ids(page.appointments)).toEqual([treatment]);
    const [visit] = page.appointments;
    expect(visit!.client.screening.state).toBe('caution');
    expect(visit!.cautions).toEqual([expect.objectContaining({ questionId: 'keloid_tendency' })]);
    expect(visit!.planSession).not.toBeNull();
    expect(page.followUps).toBeNull();
    expect(page.decisions).toBeNull();

    const audited = await testApp.database.auditEvent.findMany({ where: { action: 'screening.read', actorId: testApp.staff.artist.id, clientId: treatedWithCaution } });
    expect(audited).toHaveLength(1);
  });

  it('shows reception every artist’s day without medical answers, bookings still to confirm and the follow-ups due', async () => {
    const page = await today('receptionist', MONDAY);
    expect(ids(page.appointments)).toEqual([treatment, otherArtistsConsultation]);
    expect(page.appointments.every((appointment) => appointment.cautions === null)).toBe(true);
    expect(ids(page.unconfirmed)).toEqual([unconfirmedLater]);
    expect(page.followUps!.map((followUp) => followUp.client.id)).toContain(waitingClient);
    expect(page.decisions).toBeNull();
  });

  it('puts to the owner the treatments a screening blocks and the certifications about to expire', async () => {
    const page = await today('owner', MONDAY);
    expect(ids(page.decisions!.blockedTreatments)).toEqual([unscreenedTreatment]);
    expect(page.decisions!.expiringCertifications).toEqual([
      { staff: { id: testApp.staff.artist.id, name: testApp.staff.artist.name }, name: 'Bloodborne pathogens', expiresOn: addCalendarDays(MONDAY, 10), requiredForTreatment: true },
    ]);
    expect(page.followUps).not.toBeNull();
  });

  it('takes the day in the clinic’s time zone, on a day the clocks change too', async () => {
    const client23h = await client('Late Client');
    const lateOnSunday = await appointment(client23h, DST_SUNDAY, '23:00', 30, { status: 'confirmed' });
    const page = await today('receptionist', DST_SUNDAY);
    expect(ids(page.appointments)).toEqual([lateOnSunday]);
    expect(ids(page.unconfirmed)).toContain(unconfirmedLater);
    expect(ids((await today('receptionist', MONDAY)).appointments)).not.toContain(lateOnSunday);
  });

  it('refuses a malformed day with a field error', async () => {
    const response = await testApp.as('receptionist').get('/api/today?date=2031-02-30');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
  });
});
