import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { middayZone } from './midday-zone.js';

const hourIn = (zone, instant) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(instant));

describe('middayZone', () => {
  it('finds a zone between 11:00 and 15:00 at every quarter-hour of a day, in winter and in summer', () => {
    for (const day of ['2026-01-15', '2026-07-15', '2026-03-29', '2026-11-01']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const instant = new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000);
        const hour = hourIn(middayZone(instant), instant);
        assert.ok(hour >= 11 && hour <= 15, `${instant.toISOString()}: ${middayZone(instant)} is at ${hour}:00`);
      }
    }
  });
});
