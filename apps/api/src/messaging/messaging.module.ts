import { Module } from '@nestjs/common';
import { JobQueue } from './job-queue.js';
import { MessageOutbox } from './message-outbox.js';

/** Messages to clients: the outbox their causes write to, and the job queue that delivers them. */
@Module({
  providers: [JobQueue, MessageOutbox],
  exports: [JobQueue, MessageOutbox],
})
export class MessagingModule {}
