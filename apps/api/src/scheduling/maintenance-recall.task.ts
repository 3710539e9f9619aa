import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { dateInZone } from '@smp/contracts';
import { z } from 'zod';
import { ClinicSettingsService } from '../clinic/clinic-settings.service.js';
import type { Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { JobQueue } from '../messaging/job-queue.js';
import { MessageOutbox } from '../messaging/message-outbox.js';
import { MaintenanceRecallQueries } from './maintenance-recall.queries.js';

export const MAINTENANCE_RECALL_TASK = 'maintenance_recall';

/**
 * Every hour, the clients whose maintenance recall has come due by today (in the
 * clinic's zone) get their recall message: once per due date, as the outbox's key
 * says, so the hours after find nothing new.
 */
@Injectable()
export class MaintenanceRecallTask implements OnModuleInit {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly jobQueue: JobQueue,
    private readonly recalls: MaintenanceRecallQueries,
    private readonly clinic: ClinicSettingsService,
    private readonly outbox: MessageOutbox,
  ) {}

  onModuleInit(): void {
    // The cron job's payload says when it was due; nothing in it is needed here.
    this.jobQueue.register(MAINTENANCE_RECALL_TASK, z.object({}), () => this.run());
    this.jobQueue.repeat(MAINTENANCE_RECALL_TASK, '0 * * * *');
  }

  async run(now = new Date()): Promise<void> {
    const settings = await this.clinic.get();
    const due = await this.recalls.dueBy(dateInZone(now, settings.timeZone), settings);
    await this.database.$transaction((transaction) =>
      this.outbox.maintenanceRecallsDue(
        transaction,
        due.map(({ clientId, recall }) => ({ clientId, dueOn: recall.dueOn })),
      ),
    );
  }
}
