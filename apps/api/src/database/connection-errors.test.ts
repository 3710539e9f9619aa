import { describe, expect, it } from '@jest/globals';
import { isDatabaseUnavailable } from './connection-errors.js';

function prismaError(code: string, driverAdapterCause?: object) {
  return Object.assign(new Error('prisma'), { code, meta: driverAdapterCause ? { driverAdapterError: Object.assign(new Error('adapter'), { cause: driverAdapterCause }) } : {} });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['the adapter cannot reach the server', prismaError('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['the adapter lost the connection', prismaError('P2010', { kind: 'ConnectionClosed' })],
    ['the server is shutting down (57P01)', prismaError('P2010', { kind: 'postgres', code: '57P01', originalCode: '57P01' })],
    ['the server is starting (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['a connection exception (08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['Prisma cannot reach the server (P1001)', prismaError('P1001')],
    ['the pool has no connection in time (P2024)', prismaError('P2024')],
    ['a refused socket, as a cause', new Error('wrapped', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })],
    ['pg lost the connection', new Error('Connection terminated unexpectedly')],
    ['pg’s pool timed out', new Error('timeout exceeded when trying to connect')],
    ['no connection frees up for a transaction in time (P2028)', Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), { code: 'P2028' })],
    [
      'a transaction outlives its time limit at its commit (P2028)',
      Object.assign(
        new Error(
          'Transaction API error: A commit cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms, however 5012 ms passed since the start of the transaction.',
        ),
        {
          code: 'P2028',
        },
      ),
    ],
    [
      'a transaction outlives its time limit under load (P2028)',
      Object.assign(
        new Error(
          'Transaction API error: A query cannot be executed on an expired transaction. The timeout for this transaction was 5000 ms, however 5713 ms passed since the start of the transaction.',
        ),
        {
          code: 'P2028',
        },
      ),
    ],
  ])('is true when %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', prismaError('P2002')],
    ['a transaction used after it ended (P2028, a bug of ours)', Object.assign(new Error('Transaction API error: Transaction not found.'), { code: 'P2028' })],
    ['a check violation', prismaError('P2010', { kind: 'postgres', code: '23514', originalCode: '23514' })],
    ['a plain bug', new TypeError('undefined is not a function')],
    ['nothing at all', undefined],
  ])('is false for %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
