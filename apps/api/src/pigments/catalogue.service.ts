import { Inject, Injectable } from '@nestjs/common';
import {
  dateInZone,
  lotExpired,
  pigmentWarning,
  type LotRecall,
  type Needle,
  type Pigment,
  type PigmentUndertone,
  type lotInputSchema,
  type needleInputSchema,
  type pigmentInputSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { fromIsoDate, toIsoDate } from '../database/column-values.js';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import { notFoundProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { StockService } from './stock.service.js';

type LotInput = z.output<typeof lotInputSchema>;
type LotRow = { id: string; lotNumber: string; expiresOn: Date; receivedOn: Date; quantity: number };

const lotsNewestFirst = { orderBy: [{ expiresOn: 'desc' as const }, { lotNumber: 'asc' as const }] };

function toLot(row: LotRow, today: string) {
  const expiresOn = toIsoDate(row.expiresOn)!;
  return { id: row.id, lotNumber: row.lotNumber, expiresOn, receivedOn: toIsoDate(row.receivedOn)!, quantity: row.quantity, expired: lotExpired(expiresOn, today) };
}

/** Pigments and needles with their stock lots, and which clients a lot went into. */
@Injectable()
export class CatalogueService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly clinic: ClinicSettingsService,
    private readonly audit: AuditService,
    private readonly stock: StockService,
  ) {}

  async pigments(): Promise<Pigment[]> {
    const [rows, today] = await Promise.all([
      this.database.pigment.findMany({ where: { archivedAt: null }, include: { lots: lotsNewestFirst }, orderBy: [{ brand: 'asc' }, { product: 'asc' }, { shadeName: 'asc' }] }),
      this.today(),
    ]);
    return rows.map((row) => ({
      id: row.id,
      brand: row.brand,
      product: row.product,
      shadeName: row.shadeName,
      tone: row.tone as Pigment['tone'],
      undertones: row.undertones as PigmentUndertone[],
      baseNotes: row.baseNotes,
      warning: pigmentWarning(row.undertones as PigmentUndertone[]),
      lots: row.lots.map((lot) => toLot(lot, today)),
    }));
  }

  async addPigment(input: z.output<typeof pigmentInputSchema>, actor: Actor): Promise<Pigment[]> {
    await this.database.$transaction(async (transaction) => {
      const pigment = await transaction.pigment.create({ data: { ...input, baseNotes: input.baseNotes ?? null } });
      await this.audit.record(transaction, actor, { action: 'consumables.update', entityType: 'pigment', entityId: pigment.id, changedFields: Object.keys(input) });
    });
    return this.pigments();
  }

  async addPigmentLot(pigmentId: string, lot: LotInput, actor: Actor): Promise<Pigment[]> {
    if (!(await this.database.pigment.findUnique({ where: { id: pigmentId } }))) throw notFoundProblem('The pigment');
    await this.database.$transaction(async (transaction) => {
      const created = await transaction.pigmentLot.create({ data: { pigmentId, ...lotColumns(lot) } });
      await this.stock.recordReceipt(transaction, 'pigment', created.id, lot.quantity, actor);
      await this.audit.record(transaction, actor, { action: 'consumables.update', entityType: 'pigment_lot', entityId: created.id, changedFields: Object.keys(lot) });
    });
    return this.pigments();
  }

  async needles(): Promise<Needle[]> {
    const [rows, today] = await Promise.all([
      this.database.needle.findMany({ where: { archivedAt: null }, include: { lots: lotsNewestFirst }, orderBy: [{ configuration: 'asc' }, { gauge: 'asc' }] }),
      this.today(),
    ]);
    return rows.map((row) => ({ id: row.id, configuration: row.configuration, gauge: row.gauge, brand: row.brand, lots: row.lots.map((lot) => toLot(lot, today)) }));
  }

  async addNeedle(input: z.output<typeof needleInputSchema>, actor: Actor): Promise<Needle[]> {
    await this.database.$transaction(async (transaction) => {
      const needle = await transaction.needle.create({ data: { configuration: input.configuration, gauge: input.gauge, brand: input.brand ?? null } });
      await this.audit.record(transaction, actor, { action: 'consumables.update', entityType: 'needle', entityId: needle.id, changedFields: Object.keys(input) });
    });
    return this.needles();
  }

  async addNeedleLot(needleId: string, lot: LotInput, actor: Actor): Promise<Needle[]> {
    if (!(await this.database.needle.findUnique({ where: { id: needleId } }))) throw notFoundProblem('The needle');
    await this.database.$transaction(async (transaction) => {
      const created = await transaction.needleLot.create({ data: { needleId, ...lotColumns(lot) } });
      await this.stock.recordReceipt(transaction, 'needle', created.id, lot.quantity, actor);
      await this.audit.record(transaction, actor, { action: 'consumables.update', entityType: 'needle_lot', entityId: created.id, changedFields: Object.keys(lot) });
    });
    return this.needles();
  }

  /** Every client and session a pigment lot went into, for a recall: one indexed query. */
  async pigmentLotRecall(lotId: string, actor: Actor): Promise<LotRecall> {
    const lot = await this.database.pigmentLot.findUnique({ where: { id: lotId }, include: { pigment: true } });
    if (!lot) throw notFoundProblem('The pigment lot');
    const uses = await this.database.sessionPigment.findMany({
      where: { pigmentLotId: lotId },
      include: { sessionRecord: { include: { client: true, artist: { select: { id: true, name: true } } } } },
    });
    const recall = groupByClient(
      { id: lot.id, lotNumber: lot.lotNumber, product: `${lot.pigment.brand} ${lot.pigment.product} ${lot.pigment.shadeName}` },
      uses.map((use) => use.sessionRecord),
    );
    await this.recordRecall(actor, 'pigment_lot', lotId, recall);
    return recall;
  }

  async needleLotRecall(lotId: string, actor: Actor): Promise<LotRecall> {
    const lot = await this.database.needleLot.findUnique({ where: { id: lotId }, include: { needle: true } });
    if (!lot) throw notFoundProblem('The needle lot');
    const sessions = await this.database.sessionRecord.findMany({
      where: { needleLotId: lotId },
      include: { client: true, artist: { select: { id: true, name: true } } },
    });
    const recall = groupByClient({ id: lot.id, lotNumber: lot.lotNumber, product: `${lot.needle.configuration} ${lot.needle.gauge}` }, sessions);
    await this.recordRecall(actor, 'needle_lot', lotId, recall);
    return recall;
  }

  /** A recall hands out clients' contact details: each client named gets the event on their own trail. */
  private async recordRecall(actor: Actor, entityType: string, lotId: string, recall: LotRecall): Promise<void> {
    await this.database.$transaction(async (transaction) => {
      for (const { client } of recall.clients) {
        await this.audit.record(transaction, actor, { action: 'lot.recall', clientId: client.id, entityType, entityId: lotId });
      }
    });
  }

  private async today(): Promise<string> {
    return dateInZone(new Date(), (await this.clinic.get()).timeZone);
  }
}

function lotColumns(lot: LotInput) {
  return { lotNumber: lot.lotNumber, expiresOn: fromIsoDate(lot.expiresOn)!, receivedOn: fromIsoDate(lot.receivedOn)!, quantity: lot.quantity };
}

type SessionWithClient = {
  id: string;
  appointmentId: string;
  completedAt: Date;
  artist: { id: string; name: string };
  client: { id: string; firstName: string; lastName: string; phone: string | null; email: string | null };
};

function groupByClient(lot: LotRecall['lot'], sessions: SessionWithClient[]): LotRecall {
  const byClient = new Map<string, LotRecall['clients'][number]>();
  for (const session of [...sessions].sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime())) {
    const entry = byClient.get(session.client.id) ?? {
      client: { id: session.client.id, name: `${session.client.firstName} ${session.client.lastName}`, phone: session.client.phone, email: session.client.email },
      sessions: [],
    };
    entry.sessions.push({ sessionRecordId: session.id, appointmentId: session.appointmentId, completedAt: session.completedAt.toISOString(), artist: session.artist });
    byClient.set(session.client.id, entry);
  }
  return { lot, clients: [...byClient.values()].sort((a, b) => a.client.name.localeCompare(b.client.name)) };
}
