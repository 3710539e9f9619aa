import { describe, expect, it } from '@jest/globals';
import { decodeClientCursor, encodeClientCursor, escapeLike, searchPatterns } from './client-search.js';

describe('searchPatterns', () => {
  it('splits words so that each must match', () => {
    expect(searchPatterns('  jose   alvarez ')).toEqual(['jose', 'alvarez']);
  });

  it('reduces a typed phone number to its digits without trunk prefix', () => {
    expect(searchPatterns('07700 900 123')).toEqual(['7700900123']);
    expect(searchPatterns('(415) 555-01')).toEqual(['41555501']);
    expect(searchPatterns('+1 415')).toEqual(['1415']);
  });

  it('treats a digit word next to a name as a phone fragment', () => {
    expect(searchPatterns('smith 0770')).toEqual(['smith', '770']);
  });

  it('keeps short digit runs and mixed words as they are', () => {
    expect(searchPatterns('12')).toEqual(['12']);
    expect(searchPatterns('o’connor')).toEqual(['o’connor']);
  });

  it('has nothing to match for an empty query', () => {
    expect(searchPatterns(undefined)).toEqual([]);
    expect(searchPatterns('   ')).toEqual([]);
  });
});

describe('escapeLike', () => {
  it('makes % and _ match themselves', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});

describe('cursors', () => {
  it('round-trips a position', () => {
    const cursor = { sortKey: 'alvarez jose', id: '28968257-aa87-4049-ac24-126d400bb88f' };
    expect(decodeClientCursor(encodeClientCursor(cursor))).toEqual(cursor);
  });

  it('rejects anything that is not one of its own', () => {
    expect(decodeClientCursor('not-a-cursor')).toBeNull();
    expect(decodeClientCursor(Buffer.from('["a","not-a-uuid"]').toString('base64url'))).toBeNull();
    expect(decodeClientCursor(Buffer.from('{"a":1}').toString('base64url'))).toBeNull();
  });
});
