// The browser journeys book visits in the hours just past and start them on their own
// day, which a clinic cannot do in the first hours after its midnight. The journeys'
// clinic is therefore placed in a zone where it is about mid-day whenever they run.

/** Real zones a quarter to an hour apart around the world, so one is near any hour. */
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Auckland',
  'Australia/Sydney',
  'Asia/Tokyo',
  'Asia/Shanghai',
  'Asia/Bangkok',
  'Asia/Dhaka',
  'Asia/Karachi',
  'Asia/Dubai',
  'Europe/Moscow',
  'Europe/Athens',
  'Europe/Paris',
  'Europe/London',
  'Atlantic/Azores',
  'America/Noronha',
  'America/Sao_Paulo',
  'America/Halifax',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'Pacific/Pago_Pago',
];

const clocks = new Map(ZONES.map((zone) => [zone, new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })]));

function hourIn(zone, instant) {
  const parts = clocks.get(zone).formatToParts(instant);
  const value = (type) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return value('hour') + value('minute') / 60;
}

/** The zone among ZONES whose clock is nearest 13:00 at `instant`. */
export function middayZone(instant = new Date()) {
  const distance = (zone) => Math.abs(hourIn(zone, instant) - 13);
  return ZONES.reduce((best, zone) => (distance(zone) < distance(best) ? zone : best));
}
