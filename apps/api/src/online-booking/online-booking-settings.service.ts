import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationMode, OnlineBookingSettings, onlineBookingSettingsInputSchema } from '@smp/contracts';
import type { z } from 'zod';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database } from '../database/database.js';
import type { Actor } from '../audit/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { validationProblem } from '../http/problem.js';

type SettingsInput = z.output<typeof onlineBookingSettingsInputSchema>;

const FIELDS = ['enabled', 'artistIds', 'modes', 'minNoticeHours', 'horizonDays'] as const;

/** What the clinic offers online, set by owners. */
@Injectable()
export class OnlineBookingSettingsService {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<OnlineBookingSettings> {
    const row = await this.database.onlineBookingSettings.findFirstOrThrow();
    return { enabled: row.enabled, artistIds: row.artistIds, modes: row.modes as ConsultationMode[], minNoticeHours: row.minNoticeHours, horizonDays: row.horizonDays };
  }

  /** Replaces the settings with their audit event; every artist offered must be an active artist. */
  async update(input: SettingsInput, actor: Actor): Promise<OnlineBookingSettings> {
    const artistIds = [...new Set(input.artistIds)];
    const active = await this.database.staff.findMany({ where: { id: { in: artistIds }, role: 'artist', deactivatedAt: null }, select: { id: true } });
    const missing = artistIds.findIndex((id) => !active.some((artist) => artist.id === id));
    if (missing >= 0) throw validationProblem([{ field: `artistIds.${missing}`, message: 'Not an active artist' }]);
    const before = await this.get();
    const after = { ...input, artistIds, modes: [...new Set(input.modes)] };
    await this.database.$transaction(async (transaction) => {
      await transaction.onlineBookingSettings.update({ where: { id: true }, data: { ...after, updatedById: actor.staffId, updatedAt: new Date() } });
      await this.audit.record(transaction, actor, {
        action: 'online_booking.settings_update',
        entityType: 'online_booking_settings',
        changedFields: FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])),
      });
    });
    return this.get();
  }
}
