import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PrismaPg } from '@prisma/adapter-pg';
import { MAX_APPOINTMENT_MINUTES } from '@smp/contracts';
import pg from 'pg';
import { inUtc, type Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { AppointmentViewQueries, calendarSql } from './appointment-view.queries.js';

/** Back-to-back half-hour appointments of one artist with many clients: about two years of history. */
const APPOINTMENTS = 30_000;
const CLIENTS = 5_000;
const HALF_HOUR = 30 * 60_000;
const FIRST_START = Date.parse('2024-01-01T00:00:00Z');
/** The last day of the history, as a day view asks for it. */
const lastDay = { start: new Date(FIRST_START + (APPOINTMENTS - 48) * HALF_HOUR), end: new Date(FIRST_START + APPOINTMENTS * HALF_HOUR) };

let testDatabase: TestDatabase;
let owner: pg.Client;
let artistId: string;
const queries: { text: string; params: unknown[] }[] = [];
let database: PrismaClient<'query'>;
/** The app's queries over a client that reports each query it sends. */
let views: AppointmentViewQueries;

beforeAll(async () => {
  testDatabase = await createTestDatabase();
  await testDatabase.asOwner(`
    INSERT INTO locations (name, main) VALUES ('The clinic', true);
    INSERT INTO staff (name, email, role, password_hash) VALUES ('Ari Artist', 'ari@clinic.test', 'artist', '$argon2id$fixture');
    INSERT INTO clients (first_name, last_name, email) VALUES ('Long', 'Day', 'long@example.com');
    INSERT INTO clients (first_name, last_name, email) SELECT 'Client', 'Number ' || i, 'client' || i || '@example.com' FROM generate_series(1, ${CLIENTS}) AS i;
    -- Every tenth one cancelled: the calendar shows those too.
    INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, status, cancelled_at, cancellation_reason, late_cancellation, created_by)
      SELECT 'consultation', (SELECT id FROM clients WHERE email = 'client' || (i % ${CLIENTS} + 1) || '@example.com'), s.id,
             to_timestamp(${FIRST_START / 1000}) + i * interval '30 minutes', to_timestamp(${FIRST_START / 1000}) + (i + 1) * interval '30 minutes',
             CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'completed' END,
             CASE WHEN i % 10 = 0 THEN now() END, CASE WHEN i % 10 = 0 THEN 'Rescheduled' END, CASE WHEN i % 10 = 0 THEN false END, s.id
      FROM staff s CROSS JOIN generate_series(0, ${APPOINTMENTS - 1}) AS i;
    ANALYZE appointments;`);
  owner = new pg.Client({ connectionString: testDatabase.url });
  await owner.connect();
  artistId = (await owner.query<{ id: string }>(`SELECT id FROM staff`)).rows[0]!.id;
  database = new PrismaClient({ adapter: new PrismaPg(inUtc(testDatabase.appUrl)), log: [{ emit: 'event', level: 'query' }] });
  database.$on('query', (event) => queries.push({ text: event.query, params: JSON.parse(event.params) as unknown[] }));
  views = new AppointmentViewQueries(database as unknown as Database);
});
afterAll(async () => {
  await database.$disconnect();
  await owner.end();
  await testDatabase.drop();
});

describe('the calendar query', () => {
  it('reads a day of a long history through an index, for all artists and for one', async () => {
    for (const artist of [undefined, artistId]) {
      const sql = calendarSql(lastDay, { artistId: artist });
      const plan = (await owner.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql.text}`, sql.values)).rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).not.toMatch(/Seq Scan on appointments/);
    }
  });

  it('shows what overlaps the day: cancelled ones, and one as long as allowed that began the evening before', async () => {
    const longDayStart = new Date(lastDay.start.getTime() - MAX_APPOINTMENT_MINUTES * 60_000 + HALF_HOUR);
    await testDatabase.asOwner(`
      INSERT INTO staff (name, email, role, password_hash) VALUES ('Bo Artist', 'bo@clinic.test', 'artist', '$argon2id$fixture');
      INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, created_by)
        SELECT 'consultation', (SELECT id FROM clients WHERE last_name = 'Day'), id, '${longDayStart.toISOString()}',
               '${longDayStart.toISOString()}'::timestamptz + interval '${MAX_APPOINTMENT_MINUTES} minutes', id
        FROM staff WHERE email = 'bo@clinic.test';`);
    const day = await views.calendar(lastDay);
    expect(day).toHaveLength(49);
    expect(day[0]).toMatchObject({ startsAt: longDayStart, client: { firstName: 'Long', lastName: 'Day' }, artist: { name: 'Bo Artist' }, room: null });
    expect(day.map((appointment) => appointment.status)).toContain('cancelled');
    expect(await views.calendar(lastDay, { artistId })).toHaveLength(48);
  });

  it('fetches a day of appointments in one query, sending no list of ids', async () => {
    queries.length = 0;
    const day = await views.calendar(lastDay, { artistId });
    expect(day).toHaveLength(48);
    expect(queries).toHaveLength(1);
    expect(queries[0]!.params.length).toBeLessThanOrEqual(5);
  });

  it('rests on the database refusing appointments longer than the longest allowed', async () => {
    const tooLong = owner.query(`
      INSERT INTO appointments (kind, client_id, artist_id, starts_at, ends_at, created_by)
      SELECT 'consultation', (SELECT id FROM clients WHERE last_name = 'Day'), id, '2030-01-01T08:00:00Z',
             '2030-01-01T08:00:00Z'::timestamptz + interval '${MAX_APPOINTMENT_MINUTES + 1} minutes', id
      FROM staff WHERE email = 'ari@clinic.test'`);
    await expect(tooLong).rejects.toThrow(/appointments_at_most_8_hours/);
  });
});
