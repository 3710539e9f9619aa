import { Inject, Injectable } from '@nestjs/common';
import { problemTypes, type FieldError, type StockAdjustmentInput, type StockMovementList, type StockMovementKind } from '@smp/contracts';
import { Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { ProblemException, conflictProblem, notFoundProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';

export type LotKind = 'pigment' | 'needle';

/** Whatever can write stock: the client itself or a transaction of it. */
type StockWriter = Pick<Database, '$queryRaw' | 'stockMovement'>;

const lotTables = {
  pigment: { table: Prisma.raw('pigment_lots'), movementColumn: 'pigmentLotId', entityType: 'pigment_lot', name: 'The pigment lot' },
  needle: { table: Prisma.raw('needle_lots'), movementColumn: 'needleLotId', entityType: 'needle_lot', name: 'The needle lot' },
} as const;

/** A lot a session takes one unit of, and the form field that named it. */
export interface LotUse {
  kind: LotKind;
  lotId: string;
  field: string;
}

/**
 * Stock of pigment and needle lots. Every change is a movement on the ledger, and the
 * lot's quantity moves with it in the same transaction through a conditional UPDATE:
 * two sessions racing for the last unit cannot both take it.
 */
@Injectable()
export class StockService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  /** A newly received lot starts the ledger with its quantity. */
  async recordReceipt(writer: StockWriter, kind: LotKind, lotId: string, quantity: number, actor: Actor): Promise<void> {
    await writer.stockMovement.create({ data: { [lotTables[kind].movementColumn]: lotId, kind: 'received', quantityChange: quantity, staffId: actor.staffId } });
  }

  /**
   * Takes one unit of each lot a session used (a lot named twice is one unit). Refuses
   * the whole session, naming each empty lot's field, when any lot has none left.
   */
  async takeForSession(writer: StockWriter, uses: LotUse[], sessionRecordId: string, actor: Actor): Promise<void> {
    // Ids compared as the database does (uuids ignore case); the first field naming a lot speaks for it.
    const byLot = new Map<string, LotUse>();
    for (const use of uses) {
      const lotId = use.lotId.toLowerCase();
      const key = `${use.kind}:${lotId}`;
      if (!byLot.has(key)) byLot.set(key, { ...use, lotId });
    }
    // Always the same locking order, so two sessions sharing lots cannot deadlock.
    const distinct = [...byLot.keys()].sort((a, b) => (a < b ? -1 : 1)).map((key) => byLot.get(key)!);
    const empty: FieldError[] = [];
    for (const use of distinct) {
      const taken = await changeQuantity(writer, use.kind, use.lotId, -1);
      if (taken.length === 0) empty.push({ field: use.field, message: `Lot ${(await findLot(writer, use.kind, use.lotId))?.lotNumber ?? use.lotId} is out of stock` });
    }
    if (empty.length > 0) {
      throw new ProblemException({
        type: problemTypes.conflict,
        title: 'Out of stock',
        status: 409,
        detail: `${empty.map((error) => error.message).join('; ')}: receive new stock or choose another lot`,
        errors: empty,
      });
    }
    await writer.stockMovement.createMany({
      data: distinct.map((use) => ({ [lotTables[use.kind].movementColumn]: use.lotId, kind: 'used', quantityChange: -1, sessionRecordId, staffId: actor.staffId })),
    });
  }

  /** An owner's correction (a count, a breakage), with the reason on the ledger and the audit trail. */
  async adjust(kind: LotKind, lotId: string, adjustment: StockAdjustmentInput, actor: Actor): Promise<void> {
    await this.assertLotExists(kind, lotId);
    await this.database.$transaction(async (transaction) => {
      const [lot] = await changeQuantity(transaction, kind, lotId, adjustment.change);
      if (!lot) {
        const held = (await findLot(transaction, kind, lotId))?.quantity ?? 0;
        throw conflictProblem('Not enough stock', `The lot holds ${held}: it cannot lose ${-adjustment.change}`, 'change');
      }
      await transaction.stockMovement.create({
        data: { [lotTables[kind].movementColumn]: lotId, kind: 'adjusted', quantityChange: adjustment.change, reason: adjustment.reason, staffId: actor.staffId },
      });
      await this.audit.record(transaction, actor, {
        action: 'consumables.update',
        entityType: lotTables[kind].entityType,
        entityId: lotId,
        changedFields: ['quantity'],
        details: { change: adjustment.change, reason: adjustment.reason },
      });
    });
  }

  /** The lot's ledger, oldest first. */
  async movements(kind: LotKind, lotId: string): Promise<StockMovementList> {
    const lot = await this.assertLotExists(kind, lotId);
    const rows = await this.database.stockMovement.findMany({
      where: { [lotTables[kind].movementColumn]: lotId },
      include: { staff: { select: { id: true, name: true } } },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    });
    return {
      lot,
      items: rows.map((row) => ({
        id: row.id,
        kind: row.kind as StockMovementKind,
        change: row.quantityChange,
        reason: row.reason,
        sessionRecordId: row.sessionRecordId,
        staff: row.staff,
        occurredAt: row.occurredAt.toISOString(),
      })),
    };
  }

  private async assertLotExists(kind: LotKind, lotId: string): Promise<StockMovementList['lot']> {
    const lot = await findLot(this.database, kind, lotId);
    if (!lot) throw notFoundProblem(lotTables[kind].name);
    return lot;
  }
}

async function findLot(writer: StockWriter, kind: LotKind, lotId: string): Promise<StockMovementList['lot'] | undefined> {
  const [lot] = await writer.$queryRaw<StockMovementList['lot'][]>`
    SELECT id, lot_number AS "lotNumber", quantity FROM ${lotTables[kind].table} WHERE id = ${lotId}::uuid`;
  return lot;
}

/**
 * Moves a lot's quantity unless it would go below zero: the row is locked and the
 * condition checked again after any concurrent change commits. No row back means refused.
 */
function changeQuantity(writer: StockWriter, kind: LotKind, lotId: string, change: number): Promise<{ quantity: number }[]> {
  return writer.$queryRaw<{ quantity: number }[]>`
    UPDATE ${lotTables[kind].table} SET quantity = quantity + ${change}::integer
    WHERE id = ${lotId}::uuid AND quantity + ${change}::integer >= 0
    RETURNING quantity`;
}
