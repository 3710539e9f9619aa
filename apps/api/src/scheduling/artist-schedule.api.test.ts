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
});
