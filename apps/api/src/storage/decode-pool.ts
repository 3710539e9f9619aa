import { problemTypes } from '@smp/contracts';
import { ProblemException } from '../http/problem.js';

/** How long a refused upload is told to wait: a few decodes' time. */
const DECODE_RETRY_AFTER_SECONDS = 5;

/**
 * Bounds the decoding of uploaded files (images, PDFs). One 100-megapixel photo
 * takes about 300 MB and 1.5 s to decode, so a handful at once could exhaust the
 * server's memory: at most `maxRunning` run together, up to `maxWaiting` more
 * wait their turn, and beyond that an upload is answered 503 with Retry-After.
 */
export class DecodePool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(decode: () => Promise<T>): Promise<T> {
    await this.takeSlot();
    try {
      return await decode();
    } finally {
      this.releaseSlot();
    }
  }

  private async takeSlot(): Promise<void> {
    if (this.running < this.maxRunning) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= this.maxWaiting) throw serverBusyProblem();
    // The slot is handed over by releaseSlot without being counted free in between.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }
}

function serverBusyProblem(): ProblemException {
  return new ProblemException({
    type: problemTypes.unavailable,
    title: 'Server busy',
    status: 503,
    detail: `Too many files are being checked at once. Try again in ${DECODE_RETRY_AFTER_SECONDS} seconds.`,
    retryAfterSeconds: DECODE_RETRY_AFTER_SECONDS,
  });
}
