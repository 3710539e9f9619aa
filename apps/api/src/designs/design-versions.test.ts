import { describe, expect, it } from '@jest/globals';
import { versionRefusal } from './design-versions.js';

describe('which version may come next', () => {
  it('redraws the consultation design until the client approves it', () => {
    expect(versionRefusal(['consultation'], 'consultation')).toBeNull();
    expect(versionRefusal(['consultation', 'approved'], 'consultation')).toMatch(/adjustment/);
  });

  it('takes an approval of a design not yet approved as it stands', () => {
    expect(versionRefusal(['consultation'], 'approved')).toBeNull();
    expect(versionRefusal(['consultation', 'approved'], 'approved')).toMatch(/already approved/);
    expect(versionRefusal(['consultation', 'approved', 'adjustment'], 'approved')).toBeNull();
  });

  it('adjusts only an approved design', () => {
    expect(versionRefusal(['consultation'], 'adjustment')).toMatch(/not approved/);
    expect(versionRefusal(['consultation', 'approved'], 'adjustment')).toBeNull();
    expect(versionRefusal(['consultation', 'approved', 'adjustment'], 'adjustment')).toBeNull();
  });
});
