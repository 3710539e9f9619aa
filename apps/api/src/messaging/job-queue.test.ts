import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { z } from 'zod';
import { createTestApp } from '../test-support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { until } from '../test-support/until.js';
import { JobQueue } from './job-queue.js';

let database: TestDatabase;
let app: pg.Pool;
beforeAll(async () => {
  // The refused payload's failure is logged, as it should be, but not into the test's output.
  Logger.overrideLogger(false);
  database = await createTestDatabase();
  app = new pg.Pool({ connectionString: database.appUrl });
});
afterAll(async () => {
  await app.end();
  await database.drop();
});

const queue = () => new JobQueue(database.appUrl, { jobWorker: true });

/** Adds a job as the outbox's trigger does, by SQL in the app's own login. */
async function addJob(task: string, payload: object): Promise<void> {
  await app.query('SELECT graphile_worker.add_job($1, $2::json)', [task, JSON.stringify(payload)]);
}

async function jobsLeft(task: string): Promise<number> {
  const { rows } = await app.query<{ count: number }>('SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = $1', [task]);
  return rows[0]!.count;
}

describe('the job queue', () => {
  it('runs a job once when two instances work the same database', async () => {
    const runs: number[] = [];
    const queues = [queue(), queue()];
    queues.forEach((instance) => instance.register('count_me', z.object({ n: z.number() }), ({ n }) => Promise.resolve(void runs.push(n))));
    await Promise.all(queues.map((instance) => instance.start()));
    try {
      await addJob('count_me', { n: 7 });
      await until(async () => runs.length > 0 && (await jobsLeft('count_me')) === 0, 'the job to run');
      // Time for a second run, were the other instance to take it too.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(runs).toEqual([7]);
    } finally {
      await Promise.all(queues.map((instance) => instance.stop()));
    }
  });

  it('lets a job in flight finish when it stops', async () => {
    let release: () => void = () => {};
    let finished = false;
    const instance = queue();
    instance.register('slow', z.object({}), async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
    });
    await instance.start();
    await addJob('slow', {});
    await until(async () => (await app.query('SELECT 1 FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_at IS NOT NULL', ['slow'])).rowCount === 1, 'the job to start');
    const stopped = instance.stop();
    setTimeout(() => release(), 200);
    await stopped;
    expect(finished).toBe(true);
    expect(await jobsLeft('slow')).toBe(0);
  });

  it('fails a job whose payload its task refuses, saying why', async () => {
    const instance = queue();
    instance.register('strict', z.object({ messageId: z.uuid() }), async () => {});
    await instance.start();
    try {
      await addJob('strict', { messageId: 'not an id' });
      await until(async () => (await app.query('SELECT 1 FROM graphile_worker.jobs WHERE task_identifier = $1 AND last_error IS NOT NULL', ['strict'])).rowCount === 1, 'the attempt');
      const { rows } = await app.query<{ last_error: string }>('SELECT last_error FROM graphile_worker.jobs WHERE task_identifier = $1', ['strict']);
      expect(rows[0]!.last_error).toMatch(/messageId/);
    } finally {
      await instance.stop();
    }
  });

  it('takes tasks only before it starts', async () => {
    const instance = queue();
    instance.register('early', z.object({}), async () => {});
    expect(() => instance.register('early', z.object({}), async () => {})).toThrow(/registered twice/);
    instance.repeat('unknown', '0 * * * *');
    await expect(instance.start()).rejects.toThrow(/without a handler: unknown/);
    const started = queue();
    await started.start();
    try {
      expect(() => started.register('late', z.object({}), async () => {})).toThrow(/after the job queue started/);
    } finally {
      await started.stop();
    }
  });

  it('starts with the app when JOB_WORKER is on, with its scheduled tasks, and stops before the app closes its database', async () => {
    const testApp = await createTestApp({ JOB_WORKER: 'true' });
    try {
      const crontabs = await testApp.database.$queryRaw<{ identifier: string }[]>`SELECT identifier FROM graphile_worker._private_known_crontabs ORDER BY identifier`;
      // The maintenance recall, the purge of old rate-limit counts, and forgetting booking requests never booked.
      expect(crontabs.map((row) => row.identifier)).toEqual(['forget_stale_booking_requests', 'maintenance_recall', 'purge_rate_limit_counts']);
    } finally {
      await testApp.close();
    }
  });
});
