import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

const origin = 'https://clinic.example';

describe('safeNextPath', () => {
  it('follows a path on this site, with its query and fragment', () => {
    expect(safeNextPath('/clients/5f0c4a52?tab=notes#top', origin)).toBe('/clients/5f0c4a52?tab=notes#top');
    expect(safeNextPath('/audit?clientId=1&from=2026-03-01', origin)).toBe('/audit?clientId=1&from=2026-03-01');
  });

  it('goes home for anything that could lead off the site', () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'clients', '', null]) {
      expect(safeNextPath(next, origin)).toBe('/');
    }
  });

  it('does not come back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/clients', origin)).toBe('/');
  });
});

describe('signInPath', () => {
  it('remembers the page, unless it is the home page or no page', () => {
    expect(signInPath({ pathname: '/clients/1', search: '?q=a', hash: '' })).toBe('/sign-in?next=%2Fclients%2F1%3Fq%3Da');
    expect(signInPath({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
    expect(signInPath(null)).toBe('/sign-in');
  });
});
