import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { parseCalendar, utcStamp } from '../test-support/icalendar.js';
import { createTestApp, type TestAgent, type TestApp } from '../test-support/test-app.js';
import { at, dayFromToday, openClinic, screenedClient } from '../test-support/scheduling.js';
import { feedSql } from './calendar-feeds.service.js';

let testApp: TestApp;
let rooms: string[];
beforeAll(async () => {
  testApp = await createTestApp({ PUBLIC_URL: 'https://clinic.example.com' });
  ({ rooms } = await openClinic(testApp));
});
afterAll(async () => {
  await testApp.close();
});

/** A screened client (booking needs one), under this name. */
async function clientNamed(firstName: string, lastName: string): Promise<string> {
  const clientId = await screenedClient(testApp);
  expect((await testApp.as('receptionist').patch(`/api/clients/${clientId}`).send({ firstName, lastName })).status).toBe(200);
  return clientId;
}

async function book(body: Record<string, unknown>): Promise<string> {
  const booked = await testApp
    .as('owner')
    .post('/api/appointments')
    .send({ artistId: testApp.staff.artist.id, durationMinutes: 45, override: { reason: 'Booked for the feed test' }, ...body });
  expect([booked.status, booked.body.detail]).toEqual([201, undefined]);
  return booked.body.id as string;
}

/** The path of a new address of the agent's feed, as a client of the API reads it from the answer. */
async function newFeedPath(agent: TestAgent): Promise<string> {
  const created = await agent.post('/api/me/calendar-feed');
  expect(created.status).toBe(201);
  expect(created.body.url).toMatch(/^https:\/\/clinic\.example\.com\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  return new URL(created.body.url as string).pathname;
}

describe('an artist’s calendar subscription', () => {
  it('serves their appointments that hold time, with the client’s first name and initial only', async () => {
    const day = dayFromToday(3);
    const consultation = await book({ kind: 'consultation', clientId: await clientNamed('Marcus', 'Brennan'), startsAt: at(day, '09:00') });
    const maintenance = await book({ kind: 'maintenance', clientId: await clientNamed('Dario', 'Oliveira'), roomId: rooms[1], startsAt: at(day, '11:00') });
    const cancelled = await book({ kind: 'consultation', clientId: await clientNamed('Cora', 'Cancelled'), startsAt: at(day, '14:00') });
    expect((await testApp.as('owner').post(`/api/appointments/${cancelled}/status`).send({ status: 'cancelled', reason: 'Changed her mind' })).status).toBe(200);
    const { staff: otherArtist } = await testApp.addStaff('artist', 'Other Artist');
    await testApp
      .as('owner')
      .put(`/api/artists/${otherArtist.id}/hours`)
      .send({ weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '17:00' })) });
    await book({ kind: 'consultation', artistId: otherArtist.id, clientId: await clientNamed('Else', 'Where'), startsAt: at(day, '16:00') });

    const feed = await testApp.http.get(await newFeedPath(testApp.as('artist')));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['cache-control']).toBe('private, max-age=300');
    const { calendar, events } = parseCalendar(feed.text);
    expect(calendar['X-WR-CALNAME']).toBe('Demo SMP Clinic — Arturo Artist');
    expect(events).toEqual([
      {
        UID: `${consultation}@smp-clinic`,
        DTSTART: utcStamp(at(day, '09:00')),
        DTEND: utcStamp(at(day, '09:45')),
        SUMMARY: 'Consultation · Marcus B.',
        LOCATION: 'Demo SMP Clinic',
        DTSTAMP: expect.any(String),
        SEQUENCE: '0',
      },
      expect.objectContaining({ UID: `${maintenance}@smp-clinic`, DTSTART: utcStamp(at(day, '11:00')), SUMMARY: 'Maintenance · Dario O.', LOCATION: 'Demo SMP Clinic · Chair 2' }),
    ]);
    expect(feed.text).not.toMatch(/Brennan|Oliveira|Cancelled|Else/);
  });

  it('says whether one is on and since when, and keeps only a hash of the address', async () => {
    const { agent } = await testApp.addStaff('artist', 'Hash Artist');
    expect((await agent().get('/api/me/calendar-feed')).body).toEqual({ live: false, since: null });
    const created = await agent().post('/api/me/calendar-feed');
    expect((await agent().get('/api/me/calendar-feed')).body).toEqual({ live: true, since: created.body.since });
    const token = (created.body.url as string).match(/([A-Za-z0-9_-]{43})\.ics$/)![1]!;
    const rows = await testApp.database.$queryRaw<{ token_hash: Uint8Array }[]>`SELECT token_hash FROM calendar_feeds WHERE revoked_at IS NULL`;
    const hashes = rows.map((row) => Buffer.from(row.token_hash).toString('hex'));
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'));
    expect(hashes.some((hash) => hash.includes(Buffer.from(token).toString('hex')))).toBe(false);
  });

  it('stops answering an address once a new one is made, or the subscription is turned off, and says the same for any unknown one', async () => {
    const { agent } = await testApp.addStaff('artist', 'Revoking Artist');
    const first = await newFeedPath(agent());
    const second = await newFeedPath(agent());
    const firstAnswer = await testApp.http.get(first);
    expect(firstAnswer.status).toBe(404);
    expect((await testApp.http.get(second)).status).toBe(200);

    expect((await agent().delete('/api/me/calendar-feed')).status).toBe(204);
    const turnedOff = await testApp.http.get(second);
    const unknown = await testApp.http.get(`/api/calendar-feeds/${'x'.repeat(43)}.ics`);
    expect([turnedOff.status, unknown.status]).toEqual([404, 404]);
    expect(turnedOff.body.detail).toBe(unknown.body.detail);
    expect(unknown.body.detail).toBe(firstAnswer.body.detail);
    expect((await agent().get('/api/me/calendar-feed')).body).toEqual({ live: false, since: null });

    const trail = await testApp
      .as('owner')
      .get('/api/audit-events')
      .query({ staffId: (await agent().get('/api/auth/me')).body.staff.id });
    expect(trail.body.items.map((event: { action: string }) => event.action)).toEqual(['calendar_feed.revoke', 'calendar_feed.create', 'calendar_feed.create']);
  });

  it('is for staff who have appointments, not reception', async () => {
    expect((await testApp.as('receptionist').post('/api/me/calendar-feed')).status).toBe(403);
    expect((await testApp.as('owner').post('/api/me/calendar-feed')).status).toBe(201);
    expect((await testApp.http.post('/api/me/calendar-feed')).status).toBe(401);
  });
});

describe('the feed query', () => {
  it('finds an artist’s appointments through the index on artist and time, in a long history of many artists', async () => {
    await testApp.testDatabase.asOwner(`
      INSERT INTO staff (name, email, role, password_hash) SELECT 'Busy ' || i, 'busy' || i || '@clinic.test', 'artist', '$argon2id$fixture' FROM generate_series(1, 20) AS i;
      INSERT INTO clients (first_name, last_name, email) VALUES ('History', 'Client', 'history@example.com');
      INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, status, created_by)
        SELECT 'consultation', (SELECT id FROM clients WHERE last_name = 'Client' AND first_name = 'History'), s.id,
               start, start + interval '30 minutes', 'completed', s.id
        FROM staff s CROSS JOIN generate_series(0, 999) AS i
        -- Each artist at an hour of their own: the one client is never in two places.
        CROSS JOIN LATERAL (SELECT timestamptz '2020-01-01' + i * interval '1 day' + substring(s.email FROM '[0-9]+')::int * interval '1 hour' AS start) AS slot
        WHERE s.email LIKE 'busy%';
      ANALYZE appointments;`);
    const owner = new pg.Client({ connectionString: testApp.testDatabase.url });
    await owner.connect();
    try {
      const sql = feedSql(new Uint8Array(32), { from: new Date('2021-01-01'), to: new Date('2021-08-01') });
      const plan = (await owner.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql.text}`, sql.values)).rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).not.toMatch(/Seq Scan on appointments/);
      expect(plan).toMatch(/Index Scan on appointments_artist_free|Index Scan using appointments_artist_free/);
    } finally {
      await owner.end();
    }
  });
});
