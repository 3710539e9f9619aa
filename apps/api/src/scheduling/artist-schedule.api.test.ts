import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addCalendarDays, dateInZone } from '@smp/contracts';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { zoneWhoseDayIsNotUtcs } from '../test-support/scheduling.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

describe('an artist’s schedule', () => {
  it('lists time off from the clinic’s today on, whatever the day in UTC', async () => {
    const owner = testApp.as('owner');
    const timeZone = zoneWhoseDayIsNotUtcs();
    const { updatedAt: _updatedAt, ...settings } = (await owner.get('/api/clinic')).body;
    expect((await owner.put('/api/clinic').send({ ...settings, timeZone })).status).toBe(200);
    const today = dateInZone(new Date(), timeZone);
    const yesterday = addCalendarDays(today, -1);
    const timeOff = `/api/artists/${testApp.staff.artist.id}/time-off`;
    await owner.post(timeOff).send({ startsOn: yesterday, endsOn: yesterday, reason: 'day_off' });
    await owner.post(timeOff).send({ startsOn: today, endsOn: today, reason: 'holiday' });

    const schedule = (await owner.get(`/api/artists/${testApp.staff.artist.id}/schedule`)).body;
    expect(schedule.timeOff).toEqual([expect.objectContaining({ startsOn: today, endsOn: today, reason: 'holiday' })]);
  });

  it('keeps the time off of someone who is no longer an artist when removing it is refused', async () => {
    const owner = testApp.as('owner');
    const created = await owner.post('/api/staff').send({ name: 'Former Artist', email: 'former@clinic.test', role: 'artist', password: 'a long enough password 1' });
    const day = addCalendarDays(dateInZone(new Date(), 'America/New_York'), 30);
    const schedule = await owner.post(`/api/artists/${created.body.id}/time-off`).send({ startsOn: day, endsOn: day, reason: 'holiday' });
    const timeOffId = schedule.body.timeOff[0].id as string;
    expect((await owner.patch(`/api/staff/${created.body.id}`).send({ role: 'receptionist' })).status).toBe(200);

    expect((await owner.delete(`/api/artists/${created.body.id}/time-off/${timeOffId}`)).status).toBe(404);
    expect(await testApp.database.artistTimeOff.count({ where: { id: timeOffId } })).toBe(1);
  });
});
