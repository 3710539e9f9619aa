import { needleRoutes, pigmentRoutes, type BodyInputOf, type ResponseOf } from '@smp/contracts';
import { callApi } from './http';

export type PigmentInput = BodyInputOf<typeof pigmentRoutes.add>;
export type NeedleInput = BodyInputOf<typeof needleRoutes.add>;
export type LotInput = BodyInputOf<typeof pigmentRoutes.addLot>;
export type StockAdjustment = BodyInputOf<typeof pigmentRoutes.adjustLot>;

/** A lot belongs to a pigment or to a needle; the two are traced the same way. */
export type LotKind = 'pigment' | 'needle';

const catalogueRoutes = { pigment: pigmentRoutes, needle: needleRoutes };

export const pigmentsApi = {
  /** Every pigment with its lots (expired ones flagged) and the warning an artist sees. */
  list: (signal?: AbortSignal) => callApi(pigmentRoutes.list, { signal }),
  /** Answers with the whole catalogue, the new pigment in its place. */
  add: (input: PigmentInput) => callApi(pigmentRoutes.add, { body: input }),
};

export const needlesApi = {
  list: (signal?: AbortSignal) => callApi(needleRoutes.list, { signal }),
  add: (input: NeedleInput) => callApi(needleRoutes.add, { body: input }),
};

/** Receives a lot of a pigment or needle; answers with that whole catalogue. */
function addLot(kind: 'pigment', itemId: string, input: LotInput): Promise<ResponseOf<typeof pigmentRoutes.addLot>>;
function addLot(kind: 'needle', itemId: string, input: LotInput): Promise<ResponseOf<typeof needleRoutes.addLot>>;
function addLot(kind: LotKind, itemId: string, input: LotInput): Promise<ResponseOf<typeof pigmentRoutes.addLot> | ResponseOf<typeof needleRoutes.addLot>>;
function addLot(kind: LotKind, itemId: string, input: LotInput) {
  return callApi(catalogueRoutes[kind].addLot, { params: { id: itemId }, body: input });
}

/** An owner's correction of a lot's stock, with a reason; answers with that whole catalogue. */
function adjustLot(kind: 'pigment', lotId: string, input: StockAdjustment): Promise<ResponseOf<typeof pigmentRoutes.adjustLot>>;
function adjustLot(kind: 'needle', lotId: string, input: StockAdjustment): Promise<ResponseOf<typeof needleRoutes.adjustLot>>;
function adjustLot(kind: LotKind, lotId: string, input: StockAdjustment): Promise<ResponseOf<typeof pigmentRoutes.adjustLot> | ResponseOf<typeof needleRoutes.adjustLot>>;
function adjustLot(kind: LotKind, lotId: string, input: StockAdjustment) {
  return callApi(catalogueRoutes[kind].adjustLot, { params: { id: lotId }, body: input });
}

export const lotsApi = {
  add: addLot,
  adjust: adjustLot,
  /** Every client who received the lot, with the sessions it was used at: for a recall. */
  recall: (kind: LotKind, lotId: string, signal?: AbortSignal) => callApi(catalogueRoutes[kind].lotRecall, { params: { id: lotId }, signal }),
};
