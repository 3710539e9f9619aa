import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dateInZone } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { jpegPhoto } from '../test-support/files.js';
import { at, dayFromToday, openClinic, zoneWhoseDayIsNotUtcs } from '../test-support/scheduling.js';
import { asBytes, unzip } from '../test-support/zip.js';

const NOTES = 'Prefers mornings, "not Mondays"\nAllergic to latex';

let testApp: TestApp;
let clinicZone: string;
let client: { id: string; createdAt: string };
let photo: Buffer;
beforeAll(async () => {
  testApp = await createTestApp();
  await openClinic(testApp);
  const owner = testApp.as('owner');
  client = (await owner.post('/api/clients').send({ firstName: 'Zoë', lastName: 'Export', email: 'zoe@example.com', notes: NOTES })).body;
  const consultation = await owner
    .post(`/api/clients/${client.id}/consultations`)
    .send({ artistId: testApp.staff.artist.id, mode: 'in_person', startsAt: at(dayFromToday(5), '10:00'), durationMinutes: 45 });
  expect(consultation.status).toBe(201);
  photo = await jpegPhoto(64, 48);
  const uploaded = await owner.post(`/api/clients/${client.id}/consultations/${consultation.body.id}/photos`).field('view', 'front').attach('file', photo, 'front.jpg');
  expect(uploaded.status).toBe(201);
  // A zone whose day is not UTC's now, so that the download's date shows which zone it was taken in.
  clinicZone = zoneWhoseDayIsNotUtcs();
  const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
  expect((await owner.put('/api/clinic').send({ ...settings, name: 'Clinique Müller & Söhne', timeZone: clinicZone })).status).toBe(200);
});
afterAll(async () => {
  await testApp.close();
});

async function exportAsOwner() {
  const response = await testApp.as('owner').get('/api/clinic/export').buffer(true).parse(asBytes);
  expect(response.status).toBe(200);
  return { response, entries: await unzip(response.body as Buffer) };
}

/** RFC 4180 records: commas between fields, CRLF after every record, both only outside quotes; a bare line feed outside quotes is refused. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[index + 1] === '"') {
        field += '"';
        index++;
      } else quoted = false;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      record.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      records.push([...record, field]);
      [record, field] = [[], ''];
      index++;
    } else if (character === '\n') throw new Error(`A record ends with a bare line feed at ${index}`);
    else field += character;
  }
  if (field !== '' || record.length > 0) throw new Error('The last record does not end with CRLF');
  return records;
}

/** A table's CSV as its header and its rows, each by column name. */
function table(entries: Map<string, Buffer>, name: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...records] = parseCsv(entries.get(`tables/${name}.csv`)!.toString('utf8'));
  return { header: header!, rows: records.map((fields) => Object.fromEntries(header!.map((column, index) => [column, fields[index]!]))) };
}

const csvNames = (entries: Map<string, Buffer>) => [...entries.keys()].filter((name) => name.startsWith('tables/'));

describe("the clinic's data export", () => {
  it('is one zip of every table as CSV with its header, the stored files and a README, audited as one export', async () => {
    const { response, entries } = await exportAsOwner();
    expect(response.headers['content-type']).toBe('application/zip');
    const fileName = /^attachment; filename=clinique-muller-sohne-export-(\d{4}-\d{2}-\d{2})\.zip$/.exec(response.headers['content-disposition'] as string);
    expect(fileName).not.toBeNull();

    const clients = table(entries, 'public.clients');
    expect(clients.header).toEqual(expect.arrayContaining(['id', 'first_name', 'last_name', 'notes', 'created_at']));
    const exported = clients.rows.find((row) => row.id === client.id)!;
    expect(exported).toMatchObject({ first_name: 'Zoë', last_name: 'Export', email: 'zoe@example.com', notes: NOTES });
    expect(exported.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/);
    expect(new Date(exported.created_at!).toISOString()).toBe(client.createdAt);

    const [photoRow] = table(entries, 'public.client_photos').rows.filter((row) => row.client_id === client.id);
    expect(entries.get(`files/${photoRow!.original_key!}`)!.equals(photo)).toBe(true);
    expect(entries.has(`files/${photoRow!.thumbnail_key!}`)).toBe(true);

    const readme = entries.get('README.txt')!.toString('utf8');
    const counted = Object.fromEntries([...readme.matchAll(/^ {2}(tables\/\S+\.csv) +(\d+)$/gm)].map(([, file, rows]) => [file!, Number(rows)]));
    expect(Object.keys(counted).sort()).toEqual(csvNames(entries).sort());
    for (const file of csvNames(entries)) expect(parseCsv(entries.get(file)!.toString('utf8')).length - 1).toBe(counted[file]);
    const files = [...entries.keys()].filter((name) => name.startsWith('files/'));
    expect(readme).toContain(`${files.length} files.`);
    expect(readme).toContain('public.client_photos: original_key, preview_key, thumbnail_key');
    expect(readme).toMatch(/public\.staff_sessions: sign-in sessions/);
    expect(readme).toMatch(/public\.staff\.password_hash: /);

    // The date in the name is the clinic's, whose day is not UTC's at the instant the README gives.
    const [, clinicDate, clock, instant] = /Exported on (\S+) at (\S+) \(.+?\), that is (\S+) in UTC/.exec(readme)!;
    expect(clock).toMatch(/^\d{2}:\d{2}$/);
    expect(fileName![1]).toBe(clinicDate);
    expect(dateInZone(new Date(instant!), clinicZone)).toBe(clinicDate);
    expect(instant!.slice(0, 10)).not.toBe(clinicDate);
    // Without a replica the tables are read from the database itself, as of the export.
    const [, heldUpTo] = /The tables hold every change made up to .+? \((\S+) in UTC\), read from the database\./.exec(readme)!;
    expect(Math.abs(Date.parse(heldUpTo!) - Date.parse(instant!))).toBeLessThan(5_000);

    const audited = await testApp.database.auditEvent.findMany({ where: { action: 'clinic.data_export' } });
    expect(audited).toEqual([expect.objectContaining({ actorId: testApp.staff.owner.id, details: { tables: csvNames(entries).length, files: files.length } })]);
  });

  it('leaves out sign-in secrets and the product’s own machinery', async () => {
    const { entries } = await exportAsOwner();
    const names = csvNames(entries);
    for (const leftOut of ['public.staff_sessions', 'public.sign_in_throttles', 'public.rate_limit_counts', 'public.idempotency_keys', 'public.signing_keys', 'public.public_tokens']) {
      expect(names).not.toContain(`tables/${leftOut}.csv`);
    }
    expect(names.filter((name) => name.startsWith('tables/graphile_worker.'))).toEqual([]);
    expect(table(entries, 'public.staff').header).toEqual(expect.arrayContaining(['id', 'name', 'email', 'role']));
    for (const name of names) expect(table(entries, name.slice('tables/'.length, -'.csv'.length)).header.filter((column) => /password|secret|token|_hash$/.test(column))).toEqual([]);
    const [{ hash }] = await testApp.database.$queryRaw<[{ hash: string }]>`SELECT password_hash AS hash FROM staff LIMIT 1`;
    expect([...entries.values()].some((bytes) => bytes.includes(hash))).toBe(false);
  });

  it('names in the README a stored file it could not read, and exports everything else', async () => {
    const [{ key }] = await testApp.database.$queryRaw<[{ key: string }]>`SELECT thumbnail_key AS key FROM client_photos WHERE client_id = ${client.id}::uuid`;
    await rm(path.join(testApp.filesDir, key));
    const { entries } = await exportAsOwner();
    expect(entries.has(`files/${key}`)).toBe(false);
    expect(entries.get('README.txt')!.toString('utf8')).toMatch(new RegExp(`could not be read .*\\n {2}${key.replaceAll('.', '\\.')}\\n`));
    expect(table(entries, 'public.clients').rows.some((row) => row.id === client.id)).toBe(true);
  });

  it.each(['receptionist', 'artist'] as const)('is refused to the %s', async (role) => {
    const before = await testApp.database.auditEvent.count({ where: { action: 'clinic.data_export' } });
    expect((await testApp.as(role).get('/api/clinic/export')).status).toBe(403);
    expect(await testApp.database.auditEvent.count({ where: { action: 'clinic.data_export' } })).toBe(before);
  });
});
