import { Inject, Injectable } from '@nestjs/common';
import type { Progression, SessionRecord } from '@smp/contracts';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { existingClient } from '../shared/client-checks.js';
import { photoIncludes, toPhoto } from '../photos/photo-record.js';
import { toUsedPigment } from '../pigments/pigment-ref.js';

/**
 * A client's shade progression, oldest session first: the pigments and lots each
 * session used, with their tone, beside its before and after photos. The same few
 * queries however many sessions there are (Prisma loads each relation for all rows at once).
 */
@Injectable()
export class ShadeProgressionQueries {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async forClient(clientId: string, planId: string | undefined, actor: Actor): Promise<Progression> {
    await existingClient(this.database, clientId);
    const records = await this.database.sessionRecord.findMany({
      where: { clientId, ...(planId ? { appointment: { planSession: { planId } } } : {}) },
      orderBy: [{ completedAt: 'asc' }, { id: 'asc' }],
      include: {
        pigments: { include: { pigmentLot: { include: { pigment: true } } }, orderBy: { role: 'asc' } },
        appointment: {
          select: {
            planSession: { select: { planId: true, number: true } },
            photos: { where: { phase: { not: null } }, include: photoIncludes, orderBy: [{ view: 'asc' }, { takenAt: 'asc' }, { id: 'asc' }] },
          },
        },
      },
    });
    await this.audit.record(this.database, actor, { action: 'session.read', clientId, entityType: 'client', entityId: clientId, details: { progression: true } });
    return {
      sessions: records.map((record) => ({
        sessionRecordId: record.id,
        completedAt: record.completedAt.toISOString(),
        plan: record.appointment.planSession && { id: record.appointment.planSession.planId, sessionNumber: record.appointment.planSession.number },
        pigments: record.pigments.map((use) => ({ role: use.role as SessionRecord['pigments'][number]['role'], ...toUsedPigment(use.pigmentLot) })),
        photos: record.appointment.photos.map(toPhoto),
      })),
    };
  }
}
