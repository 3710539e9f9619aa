import { describe, expect, it } from 'vitest';
import { resourcesAt } from './resources-at';

const main = 'a0000000-0000-4000-8000-000000000001';
const branch = 'a0000000-0000-4000-8000-000000000002';
const artist = { id: 'b0000000-0000-4000-8000-000000000001', name: 'Ari' };

describe('what can be booked at a location', () => {
  const resources = {
    artists: [artist],
    rooms: [
      { id: 'c1', name: 'Chair 1', archived: false, locationId: main },
      { id: 'c2', name: 'Chair 1', archived: false, locationId: branch },
    ],
    schedules: new Map([
      [
        artist.id,
        {
          artist,
          weekly: [
            { weekday: 1, starts: '09:00', ends: '17:00', locationId: main },
            { weekday: 2, starts: '10:00', ends: '16:00', locationId: branch },
          ],
          timeOff: [],
        },
      ],
    ]),
    closures: [
      { id: 'd1', startsOn: '2030-01-01', endsOn: '2030-01-01', reason: 'New Year', locationId: null },
      { id: 'd2', startsOn: '2030-02-01', endsOn: '2030-02-01', reason: 'Refit', locationId: branch },
    ],
  };

  it('is its rooms, the artists’ hours there, and its closures with the clinic-wide ones', () => {
    const atBranch = resourcesAt(resources, { id: branch });
    expect(atBranch.rooms.map((room) => room.id)).toEqual(['c2']);
    expect(atBranch.schedules.get(artist.id)!.weekly).toEqual([{ weekday: 2, starts: '10:00', ends: '16:00', locationId: branch }]);
    expect(atBranch.closures.map((closure) => closure.reason)).toEqual(['New Year', 'Refit']);
    const atMain = resourcesAt(resources, { id: main });
    expect(atMain.closures.map((closure) => closure.reason)).toEqual(['New Year']);
    expect(atMain.artists).toEqual([artist]);
  });
});
