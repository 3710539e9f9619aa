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
  // The nearest rank: of 100 runs, the 99th percentile is the 99th time, not the slowest.
  const at = (share: number) => timings[Math.max(0, Math.ceil(runs * share) - 1)]!;
  return { median: at(0.5), p99: at(0.99), result: result as T };
}
