export { formatMoney, minorUnitsPerMajor } from '@smp/contracts';
