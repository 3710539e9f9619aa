import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Database } from '../database/database.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { JobQueue } from '../messaging/job-queue.js';

export const STALE_BOOKING_REQUESTS_TASK = 'forget_stale_booking_requests';

/** A request that never became a booking is forgotten this long after it was made. */
export const KEEP_UNBOOKED_REQUESTS_DAYS = 7;

/**
 * Every hour, forgets the requests that never became a booking (the code was not
 * entered, the hold lapsed): the name, email and phone of someone who may never be
 * a client, with their handle and holds. A booked request stays with its appointment.
 */
@Injectable()
export class StaleBookingRequestsTask implements OnModuleInit {
  constructor(
    @Inject(PrismaClient) private readonly database: Database,
    private readonly jobQueue: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobQueue.register(STALE_BOOKING_REQUESTS_TASK, z.object({}), () => this.run());
    this.jobQueue.repeat(STALE_BOOKING_REQUESTS_TASK, '41 * * * *');
  }

  async run(): Promise<void> {
    await this.database.$executeRaw`
      WITH stale AS (
        SELECT id FROM booking_requests
         WHERE appointment_id IS NULL AND created_at < now() - make_interval(days => ${KEEP_UNBOOKED_REQUESTS_DAYS}::int)
      ), tokens AS (
        DELETE FROM public_tokens WHERE booking_request_id IN (SELECT id FROM stale)
      ), holds AS (
        DELETE FROM slot_holds WHERE booking_request_id IN (SELECT id FROM stale)
      )
      DELETE FROM booking_requests WHERE id IN (SELECT id FROM stale)`;
  }
}
