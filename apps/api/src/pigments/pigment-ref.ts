import type { PigmentRef } from '@smp/contracts';
import type { Pigment, PigmentLot } from '../generated/prisma/client.js';

/** A catalogue pigment as plans, session records and patch tests name it. */
export function toPigmentRef(pigment: Pigment): PigmentRef {
  return { id: pigment.id, brand: pigment.brand, product: pigment.product, shadeName: pigment.shadeName, tone: pigment.tone as PigmentRef['tone'] };
}

/** A lot used at a session, with its pigment and tone. */
export function toUsedPigment(lot: PigmentLot & { pigment: Pigment }) {
  return { pigment: toPigmentRef(lot.pigment), lot: { id: lot.id, lotNumber: lot.lotNumber } };
}
