import { describe, expect, it } from '@jest/globals';
import { ProblemException } from '../http/problem.js';
import { DecodePool } from './decode-pool.js';

/** A decode that finishes when the test says so. */
function heldDecode() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { finish, decode: () => done };
}

describe('DecodePool', () => {
  it('never runs more decodes at once than allowed; the others wait their turn', async () => {
    const pool = new DecodePool(2, 20);
    let running = 0;
    let mostAtOnce = 0;
    const decode = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return 'decoded';
    };
    const results = await Promise.all(Array.from({ length: 12 }, () => pool.run(decode)));
    expect(results).toEqual(Array(12).fill('decoded'));
    expect(mostAtOnce).toBe(2);
  });

  it('refuses with a 503 and Retry-After once the queue is full, and takes work again when it drains', async () => {
    const pool = new DecodePool(2, 1);
    const held = [heldDecode(), heldDecode(), heldDecode()];
    const accepted = held.map((one) => pool.run(one.decode));

    const refused = await pool.run(() => Promise.resolve('never')).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProblemException);
    expect((refused as ProblemException).problem).toMatchObject({ status: 503, type: '/problems/service-unavailable' });
    expect((refused as ProblemException).problem.retryAfterSeconds).toBe(5);

    held.forEach((one) => one.finish());
    await Promise.all(accepted);
    expect(await pool.run(() => Promise.resolve('again'))).toBe('again');
  });

  it('frees the slot of a decode that fails', async () => {
    const pool = new DecodePool(1, 0);
    await expect(pool.run(() => Promise.reject(new Error('broken file')))).rejects.toThrow('broken file');
    expect(await pool.run(() => Promise.resolve('next'))).toBe('next');
  });
});
