import { describe, expect, it } from '@jest/globals';
import { escapeLike, searchPatterns } from './client-search.js';

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
