import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Logger as WorkerLogger, parseCronItems, run, type CronItem, type JobHelpers, type Runner, type TaskList } from 'graphile-worker';
import pg from 'pg';
import type { z } from 'zod';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { DATABASE_URL } from '../database/database.js';

/** A job's work: its payload, checked against the task's schema, and the queue's helpers (its logger, the job's attempt…). */
export type JobHandler<Payload> = (payload: Payload, helpers: JobHelpers) => Promise<void>;

/** Jobs worked at once by one instance: sending a message mostly waits on the network. */
const CONCURRENT_JOBS = 4;
/** How long a stop waits for jobs in flight before it gives up on them (they run again later). */
const STOP_WAIT_MS = 20_000;
/** A repeating task missed while no instance ran is made up for once, up to this far back. */
const REPEAT_CATCH_UP_MS = 6 * 3_600_000;

/** The queue's log levels (a const enum, which isolated modules cannot read) as the Nest logger's methods. */
const logMethods: Record<string, 'error' | 'warn' | 'log' | 'debug'> = { error: 'error', warning: 'warn', info: 'log', debug: 'debug' };

/**
 * The job queue (graphile-worker, on the app's own database): jobs are added by SQL,
 * in the transaction of whatever causes them, and this instance works them when
 * JOB_WORKER is on, from when the app has started until it closes. Features
 * register their tasks (and repeating ones) before the app starts, from their
 * providers' constructors or `onModuleInit`.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly tasks: TaskList = {};
  private readonly repeating: CronItem[] = [];
  private runner: Runner | undefined;
  private pool: pg.Pool | undefined;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'jobWorker'>,
  ) {}

  /** Names the task that works jobs called `task`; a payload its schema refuses fails the job. */
  register<Payload>(task: string, payload: z.ZodType<Payload>, handler: JobHandler<Payload>): void {
    if (this.runner) throw new Error(`Task ${task} registered after the job queue started`);
    if (this.tasks[task]) throw new Error(`Task ${task} is registered twice`);
    this.tasks[task] = (raw, helpers) => handler(payload.parse(raw), helpers);
  }

  /**
   * Runs a registered task on a cron schedule (`0 * * * *`: hourly, on the hour, in
   * UTC), once across all instances however many run.
   */
  repeat(task: string, schedule: string): void {
    if (this.runner) throw new Error(`Task ${task} scheduled after the job queue started`);
    this.repeating.push({ task, match: schedule, identifier: task, options: { backfillPeriod: REPEAT_CATCH_UP_MS } });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.jobWorker) await this.start();
  }

  /** Before the HTTP server and the database close: jobs in flight finish with their connections still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts working jobs (JOB_WORKER starts it with the app; tests may start one themselves). */
  async start(): Promise<void> {
    if (this.runner) return;
    const unknown = this.repeating.filter((item) => !this.tasks[item.task]).map((item) => item.task);
    if (unknown.length > 0) throw new Error(`Repeating tasks without a handler: ${unknown.join(', ')}`);
    // The queue's connections are ours to close: graphile-worker lets go of a pool it was
    // given without ending it, and an idle connection the stopping database drops must not
    // be an unhandled error that ends the process.
    const pool = new pg.Pool({ connectionString: this.databaseUrl, max: CONCURRENT_JOBS + 2 });
    pool.on('error', (error) => this.logger.warn(`A job queue connection was dropped: ${error.message}`));
    this.pool = pool;
    try {
      this.runner = await run({
        pgPool: pool,
        taskList: this.tasks,
        parsedCronItems: parseCronItems(this.repeating),
        concurrency: CONCURRENT_JOBS,
        // The app stops on signals itself, and closes the queue before its database.
        noHandleSignals: true,
        gracefulShutdownAbortTimeout: STOP_WAIT_MS,
        logger: new WorkerLogger((scope) => (level, message) => this.logger[logMethods[level as string] ?? 'log'](scope.taskIdentifier ? `${scope.taskIdentifier}: ${message}` : message)),
      });
    } catch (error) {
      this.pool = undefined;
      await pool.end();
      throw error;
    }
    this.logger.log(`Working jobs: ${Object.keys(this.tasks).sort().join(', ') || 'none registered'}`);
  }

  /** Takes no new jobs, waits for those in flight, then closes the queue's connections; idempotent. */
  async stop(): Promise<void> {
    const [runner, pool] = [this.runner, this.pool];
    this.runner = undefined;
    this.pool = undefined;
    await runner?.stop();
    await pool?.end();
  }
}
