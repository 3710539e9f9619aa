import { randomUUID } from 'node:crypto';
import { addCalendarDays, aftercareSchedule, isoWeekday, zonedInstant, type DesignGeometry, type DesignVersionKind, type DesignView, type TreatmentStyle } from '@smp/contracts';
import type { Database, Transaction } from '../database/database.js';
import { fromIsoDate } from '../database/column-values.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { StockService } from '../pigments/stock.service.js';
import { processPhoto, type ProcessedPhoto } from '../photos/image-processing.js';
import { photoFiles, storedPhotoColumns } from '../photos/photo-files.js';
import { sessionPriceMinor } from '../plans/session-price.js';
import { putAll, type FileStorage } from '../storage/file-storage.js';
import { demoFrontDesign, demoPhotoJpeg, type DemoPhotoScene, type DemoShade } from './demo-photos.js';
import { demoFadedHistory, demoHairlineHistory, type DemoHistory } from './demo-histories.js';
import { invoicePaidAfterSessions, quoteSignedWithDeposit } from './load-demo-money.js';

/** What the demo's histories are written with: the clinic, the artist, and what the loader has created so far. */
export interface DemoContext {
  transaction: Transaction;
  storage: FileStorage;
  /** Keys of the files stored so far, to remove if the load fails. */
  storedKeys: string[];
  today: string;
  timeZone: string;
  currency: string;
  artist: Actor & { staffId: string };
  /** Who issues invoices and takes payments at the desk. */
  receptionistId: string;
  roomIds: { treatment: string; consultation: string };
  clientIdOf: (email: string) => string;
  pigmentIdOf: (shadeName: string) => string;
  prices: Record<TreatmentStyle, { plan: number; extra: number }>;
  signature: Uint8Array<ArrayBuffer>;
}

/**
 * The plan of a client, each session naming its shades from the catalogue and
 * priced as the plans service prices it (the third session on is charged).
 */
export async function createDemoPlan(
  context: DemoContext,
  plan: { clientId: string; style: TreatmentStyle; shades: string[][]; startedAt: Date; completedAt?: Date },
): Promise<{ id: string; sessionIds: string[] }> {
  const price = context.prices[plan.style];
  const created = await context.transaction.treatmentPlan.create({
    data: {
      clientId: plan.clientId,
      style: plan.style,
      artistId: context.artist.staffId,
      status: plan.completedAt ? 'completed' : 'active',
      createdAt: plan.startedAt,
      startedAt: plan.startedAt,
      completedAt: plan.completedAt ?? null,
      quotedPriceMinor: price.plan,
      currency: context.currency,
      createdById: context.artist.staffId,
      sessions: {
        create: plan.shades.map((shadeNames, index) => ({
          number: index + 1,
          kind: 'included',
          priceMinor: sessionPriceMinor(index + 1, price.extra),
          pigments: { create: shadeNames.map((shadeName) => ({ pigmentId: context.pigmentIdOf(shadeName) })) },
        })),
      },
    },
    include: { sessions: { orderBy: { number: 'asc' } } },
  });
  return { id: created.id, sessionIds: created.sessions.map((session) => session.id) };
}

/**
 * Marcus's hairline restoration and Oliver's fading, as the artist would have
 * recorded them: photos, the approved design, sessions with lots and the fade check.
 */
export async function loadDemoHistories(context: DemoContext): Promise<void> {
  const photos = new DemoPhotos(context);

  const hairline = await loadHistory(context, photos, demoHairlineHistory);
  const designId = randomUUID();
  const drawnAt = new Date(hairline.consultation.endsAt.getTime() - 25 * 60_000);
  const design = (
    version: number,
    kind: DesignVersionKind,
    geometry: DesignGeometry,
    createdAt: Date,
    extra: { signedName?: string; signaturePng?: Uint8Array<ArrayBuffer>; reason?: string } = {},
  ) => ({
    id: version === 1 ? designId : randomUUID(),
    designId,
    version,
    clientId: hairline.clientId,
    photoId: hairline.consultationPhotoIds.front,
    kind,
    geometry,
    createdById: context.artist.staffId,
    createdAt,
    ...extra,
  });
  const [, sessionTwo] = hairline.sessions;
  // Version 1 first: the others refer to it as their design.
  await context.transaction.hairlineDesign.create({ data: design(1, 'consultation', demoFrontDesign, drawnAt) });
  await context.transaction.hairlineDesign.createMany({
    data: [
      design(2, 'approved', demoFrontDesign, new Date(drawnAt.getTime() + 15 * 60_000), { signedName: 'Marcus Bennett', signaturePng: context.signature }),
      design(3, 'adjustment', withLowerTemples(demoFrontDesign), sessionTwo!.startsAt, { reason: demoHairlineHistory.adjustmentReason }),
    ],
  });

  const faded = await loadHistory(context, photos, demoFadedHistory);
  const { fadeCheck } = demoFadedHistory;
  const checkDay = weekdayOnOrBefore(addCalendarDays(context.today, -fadeCheck.daysAgo));
  const check = await completedVisit(context, { kind: 'fade_check', clientId: faded.clientId, day: checkDay, from: '11:00', to: '11:30', roomId: context.roomIds.treatment });
  await photos.store({ clientId: faded.clientId, appointmentId: check.id, phase: 'before', takenAt: check.startsAt }, { head: demoFadedHistory.head, view: 'front', shade: fadeCheck.shade });
  await context.transaction.fadeAssessment.create({
    data: {
      appointmentId: check.id,
      clientId: faded.clientId,
      artistId: context.artist.staffId,
      assessedOn: fromIsoDate(checkDay)!,
      colourShift: fadeCheck.colourShift,
      colourShiftNote: fadeCheck.note,
      recordedById: context.artist.staffId,
      recordedAt: check.endsAt,
      areas: { create: fadeCheck.areas },
    },
  });
}

/** The consultation, its photos of the standard views, the plan with its quote, the sessions recorded so far and its invoice. */
async function loadHistory(context: DemoContext, photos: DemoPhotos, history: DemoHistory) {
  const { transaction, artist } = context;
  const clientId = context.clientIdOf(history.clientEmail);
  const consultationDay = weekdayOnOrBefore(addCalendarDays(context.today, -history.consultation.daysAgo));
  const visit = await completedVisit(context, { kind: 'consultation', clientId, day: consultationDay, from: '10:00', to: '11:00', roomId: context.roomIds.consultation });
  const { daysAgo: _daysAgo, ...answers } = history.consultation;
  const consultation = await transaction.consultation.create({
    data: {
      clientId,
      appointmentId: visit.id,
      mode: 'in_person',
      hairLossCauses: ['genetic_pattern'],
      ...answers,
      usesMinoxidil: false,
      usesFinasteride: false,
      transplantHistory: 'none',
      desiredStyle: history.style,
      expectationsDiscussed: true,
      recordedAt: visit.endsAt,
      recordedById: artist.staffId,
      createdAt: visit.startsAt,
    },
  });
  const consultationPhotoIds = {} as Record<DesignView, string>;
  for (const view of ['front', 'left', 'right', 'top'] as const) {
    consultationPhotoIds[view] = await photos.store({ clientId, consultationId: consultation.id, takenAt: visit.startsAt }, { head: history.head, view, shade: null });
  }

  const sessionDays = history.recorded.map((session) => weekdayOnOrBefore(addCalendarDays(context.today, -session.daysAgo)));
  const lastDay = sessionDays.at(-1)!;
  const done = history.recorded.length === history.plannedShades.length;
  const plan = await createDemoPlan(context, {
    clientId,
    style: history.style,
    shades: history.plannedShades,
    // Started once the consultation was recorded (and, for a hairline, the design signed).
    startedAt: visit.endsAt,
    ...(done ? { completedAt: zonedInstant(lastDay, '12:30', context.timeZone) } : {}),
  });
  await quoteSignedWithDeposit(context, { id: plan.id, startedAt: visit.endsAt }, history.money.depositReference);
  // Lots are taken as a recorded session takes them; that writes through the transaction it is handed.
  const writer = transaction as unknown as Database;
  const stock = new StockService(writer, new AuditService(writer));
  const sessions = [];
  let shadeBefore: DemoShade | null = null;
  for (const [index, session] of history.recorded.entries()) {
    const appointment = await completedVisit(context, {
      kind: 'plan_session',
      clientId,
      day: sessionDays[index]!,
      from: '09:00',
      to: '12:30',
      roomId: context.roomIds.treatment,
      planSessionId: plan.sessionIds[index]!,
    });
    const [pigmentLots, needleLot] = await Promise.all([
      transaction.pigmentLot.findMany({ where: { lotNumber: { in: session.lots.map((lot) => lot.lotNumber) } } }),
      transaction.needleLot.findFirstOrThrow({ where: { lotNumber: session.needleLotNumber } }),
    ]);
    const lotIdOf = (lotNumber: string) => pigmentLots.find((lot) => lot.lotNumber === lotNumber)!.id;
    const record = await transaction.sessionRecord.create({
      data: {
        appointmentId: appointment.id,
        clientId,
        artistId: artist.staffId,
        areasTreated: session.areasTreated,
        density: 'medium',
        dotSize: 'small',
        needleLotId: needleLot.id,
        durationMinutes: 200,
        painLevel: 3,
        aftercare: aftercareSchedule(sessionDays[index]!) as never,
        completedAt: appointment.endsAt,
        recordedById: artist.staffId,
        pigments: { create: session.lots.map((lot) => ({ pigmentLotId: lotIdOf(lot.lotNumber), role: lot.role })) },
      },
    });
    await stock.takeForSession(
      transaction,
      [
        ...session.lots.map((lot) => ({ kind: 'pigment' as const, lotId: lotIdOf(lot.lotNumber), field: lot.lotNumber })),
        { kind: 'needle', lotId: needleLot.id, field: needleLot.lotNumber },
      ],
      record.id,
      artist,
    );
    const target = { clientId, appointmentId: appointment.id, takenAt: appointment.startsAt };
    await photos.store({ ...target, phase: 'before' }, { head: history.head, view: 'front', shade: shadeBefore });
    await photos.store({ ...target, phase: 'after', takenAt: appointment.endsAt }, { head: history.head, view: 'front', shade: session.shadeAfter });
    shadeBefore = session.shadeAfter;
    sessions.push(appointment);
  }
  await invoicePaidAfterSessions(
    context,
    plan.id,
    sessions.map((session) => session.endsAt),
    history.money.payments,
  );
  return { clientId, consultation: visit, consultationPhotoIds, sessions };
}

/** An appointment that took place, on a clinic day at the hours given. */
function completedVisit(
  context: DemoContext,
  visit: { kind: string; clientId: string; day: string; from: string; to: string; roomId: string; planSessionId?: string },
): Promise<{ id: string; startsAt: Date; endsAt: Date }> {
  const startsAt = zonedInstant(visit.day, visit.from, context.timeZone);
  return context.transaction.appointment.create({
    data: {
      kind: visit.kind,
      clientId: visit.clientId,
      artistId: context.artist.staffId,
      roomId: visit.roomId,
      planSessionId: visit.planSessionId ?? null,
      startsAt,
      endsAt: zonedInstant(visit.day, visit.to, context.timeZone),
      status: 'completed',
      createdById: context.artist.staffId,
      createdAt: startsAt,
    },
    select: { id: true, startsAt: true, endsAt: true },
  });
}

/** Past visits fall on weekdays, when the demo clinic and artist work whole days. */
function weekdayOnOrBefore(day: string): string {
  const weekday = isoWeekday(day);
  return weekday > 5 ? addCalendarDays(day, 5 - weekday) : day;
}

/** The adjustment after session 1: the temple points a little lower, the rest as signed. */
function withLowerTemples(geometry: DesignGeometry): DesignGeometry {
  return { ...geometry, temples: geometry.temples.map((point) => ({ x: point.x, y: point.y + 0.015 })) };
}

/**
 * The demo's photos, stored as an upload stores them (original, preview and
 * thumbnail), each scene drawn and processed once however often it is shown.
 */
class DemoPhotos {
  private readonly drawn = new Map<string, Promise<{ original: Buffer; processed: ProcessedPhoto }>>();

  constructor(private readonly context: DemoContext) {}

  async store(target: { clientId: string; takenAt: Date } & ({ consultationId: string } | { appointmentId: string; phase: 'before' | 'after' }), scene: DemoPhotoScene): Promise<string> {
    const { original, processed } = await this.draw(scene);
    const id = randomUUID();
    const files = photoFiles(target.clientId, id, 'image/jpeg', original, processed);
    this.context.storedKeys.push(...files.map((file) => file.key));
    await putAll(this.context.storage, files);
    await this.context.transaction.clientPhoto.create({
      data: {
        id,
        ...target,
        view: scene.view,
        ...storedPhotoColumns('image/jpeg', original, processed, files),
        originalFilename: `${scene.view}.jpg`,
        uploadedById: this.context.artist.staffId,
      },
    });
    return id;
  }

  private draw(scene: DemoPhotoScene) {
    const key = JSON.stringify(scene);
    let drawing = this.drawn.get(key);
    if (!drawing) {
      drawing = demoPhotoJpeg(scene).then(async (original) => ({ original, processed: await processPhoto(original, 'image/jpeg') }));
      this.drawn.set(key, drawing);
    }
    return drawing;
  }
}
