import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/http';
import { mayRetry } from './query-client';

const refusal = (status: number) => new ApiProblem({ type: 'about:blank', title: 'Refused', status });

describe('which failed reads are tried again', () => {
  it('never a refusal: a missing record or a lapsed session answers the same the second time', () => {
    expect(mayRetry(0, refusal(404))).toBe(false);
    expect(mayRetry(0, refusal(401))).toBe(false);
    expect(mayRetry(0, refusal(422))).toBe(false);
  });

  it('a lost connection or a server fault, twice', () => {
    expect(mayRetry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(mayRetry(1, refusal(503))).toBe(true);
    expect(mayRetry(2, refusal(503))).toBe(false);
  });
});
