import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  DESIGN_VIEWS,
  styleNeedsApprovedDesign,
  type Design,
  type TreatmentStyle,
  type DesignGeometry,
  type DesignVersionKind,
  type designInputSchema,
  type designVersionInputSchema,
} from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import { conflictProblem, notFoundProblem, validationProblem } from '../http/problem.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { assertActiveClient, existingClient } from '../shared/client-checks.js';
import { signaturePng } from '../shared/signature.js';
import { DESIGN_MISSING, versionRefusal } from './design-versions.js';
import { designVersionIncludes, toDesigns } from './design-view.js';

type DesignInput = z.output<typeof designInputSchema>;
type VersionInput = z.output<typeof designVersionInputSchema>;

const DESIGN_VIEW_SET = new Set<string>(DESIGN_VIEWS);

/** Hairline designs: versions written once, each audited; reads audited as the client's record. */
@Injectable()
export class DesignsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  /** The artist's first drawing, on a front, side or top photo of the client. */
  async create(clientId: string, input: DesignInput, actor: Actor): Promise<Design> {
    await assertActiveClient(this.database, clientId, 'adding to their record');
    await this.photoOf(clientId, input.photoId, null);
    const designId = randomUUID();
    await this.database.$transaction((transaction) =>
      this.write(transaction, actor, { id: designId, designId, version: 1, clientId, photoId: input.photoId, kind: 'consultation', geometry: input.geometry }),
    );
    return this.design(designId);
  }

  /** A new version on top of the latest: never a change to one already written. */
  async addVersion(designId: string, input: VersionInput, actor: Actor): Promise<Design> {
    const first = await this.database.hairlineDesign.findFirst({ where: { designId, version: 1 }, include: { photo: { select: { view: true } } } });
    if (!first) throw notFoundProblem('The design');
    await assertActiveClient(this.database, first.clientId, 'adding to their record');
    const signature = input.kind === 'approved' ? signaturePng(input.signature) : null;
    if (input.kind !== 'approved' && input.photoId) await this.photoOf(first.clientId, input.photoId, first.photo.view);
    await this.database.$transaction(async (transaction) => {
      // One new version of a design at a time, so two saves cannot both build on the same latest.
      await transaction.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`design:${designId}`}, 0))`;
      const earlier = await transaction.hairlineDesign.findMany({ where: { designId }, orderBy: { version: 'asc' } });
      const refusal = versionRefusal(
        earlier.map((version) => version.kind as DesignVersionKind),
        input.kind,
      );
      if (refusal) throw conflictProblem('Not this kind of version now', refusal, 'kind');
      const latest = earlier.at(-1)!;
      await this.write(transaction, actor, {
        designId,
        version: latest.version + 1,
        clientId: first.clientId,
        kind: input.kind,
        ...(input.kind === 'approved'
          ? // The client signs the drawing as it stands.
            { photoId: latest.photoId, geometry: latest.geometry as DesignGeometry, signedName: input.signedName, signaturePng: signature }
          : { photoId: input.photoId ?? latest.photoId, geometry: input.geometry, reason: input.reason ?? null }),
      });
    });
    return this.design(designId);
  }

  async listForClient(clientId: string, actor: Actor): Promise<Design[]> {
    await existingClient(this.database, clientId);
    const rows = await this.database.hairlineDesign.findMany({ where: { clientId }, include: designVersionIncludes });
    if (rows.length > 0) await this.audit.record(this.database, actor, { action: 'design.read', clientId, entityType: 'client', entityId: clientId, details: { list: true } });
    return toDesigns(rows);
  }

  async get(designId: string, actor: Actor): Promise<Design> {
    const design = await this.design(designId);
    await this.audit.record(this.database, actor, { action: 'design.read', clientId: design.clientId, entityType: 'hairline_design', entityId: designId });
    return design;
  }

  /**
   * A hairline restoration or edge-up is worked to the design the client signed: its
   * plan starts once they have, or when an owner's override lets treatment go ahead
   * (then answered with that override, for the plan's audit).
   */
  async assertDesignForPlan(clientId: string, style: TreatmentStyle, ownerOverride: { id: string } | null): Promise<{ overriddenBy: string } | null> {
    if (!styleNeedsApprovedDesign(style)) return null;
    if ((await this.database.hairlineDesign.count({ where: { clientId, kind: 'approved' } })) > 0) return null;
    if (ownerOverride) return { overriddenBy: ownerOverride.id };
    throw conflictProblem('No approved hairline design', `A ${style.replace('_', ' ')} plan starts once the client has approved a hairline design, or an owner overrides.`, {
      field: 'design',
      message: DESIGN_MISSING,
    });
  }

  private async design(designId: string): Promise<Design> {
    const rows = await this.database.hairlineDesign.findMany({ where: { designId }, include: designVersionIncludes });
    const [design] = toDesigns(rows);
    if (!design) throw notFoundProblem('The design');
    return design;
  }

  /** The client's photo to draw on: of a view a hairline is designed on, and of the design's own view once it has one. */
  private async photoOf(clientId: string, photoId: string, designView: string | null): Promise<void> {
    const photo = await this.database.clientPhoto.findFirst({ where: { id: photoId, clientId }, select: { view: true } });
    if (!photo) throw validationProblem([{ field: 'photoId', message: 'Not a photo of this client' }]);
    if (!DESIGN_VIEW_SET.has(photo.view)) throw validationProblem([{ field: 'photoId', message: 'Design on a front, left, right or top photo' }]);
    if (designView && photo.view !== designView) throw validationProblem([{ field: 'photoId', message: `Choose a ${designView} photo, the view of this design` }]);
  }

  private async write(
    transaction: Pick<Database, 'hairlineDesign' | 'auditEvent'>,
    actor: Actor,
    version: {
      id?: string;
      designId: string;
      version: number;
      clientId: string;
      photoId: string;
      kind: DesignVersionKind;
      geometry: DesignGeometry;
      reason?: string | null;
      signedName?: string;
      signaturePng?: Uint8Array<ArrayBuffer> | null;
    },
  ): Promise<void> {
    const created = await transaction.hairlineDesign.create({ data: { ...version, createdById: actor.staffId! } });
    await this.audit.record(transaction, actor, {
      action: 'design.create',
      clientId: version.clientId,
      entityType: 'hairline_design',
      entityId: created.id,
      details: { designId: version.designId, version: version.version, kind: version.kind, ...(version.reason ? { reason: version.reason } : {}) },
    });
  }
}
