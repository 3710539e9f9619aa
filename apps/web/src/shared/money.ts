// Shared with the API, whose refusals name amounts the same way.
export { formatMoney, minorUnitsPerMajor } from '@smp/contracts';
