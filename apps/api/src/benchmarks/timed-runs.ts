import { performance } from 'node:perf_hooks';

export interface TimedRuns<T> {
  /** Milliseconds. */
  median: number;
  p99: number;
  /** What the last run answered. */
  result: T;
}

/**
 * Runs `run` one after another `runs` times and gives the median and 99th percentile
 * time, after one run untimed: the first of a kind pays for cold caches and compiling.
 */
export async function timedRuns<T>(runs: number, run: () => Promise<T>): Promise<TimedRuns<T>> {
  await run();
  const timings: number[] = [];
  let result: T | undefined;
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    result = await run();
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  const at = (share: number) => timings[Math.min(runs - 1, Math.floor(runs * share))]!;
  return { median: at(0.5), p99: at(0.99), result: result as T };
}
