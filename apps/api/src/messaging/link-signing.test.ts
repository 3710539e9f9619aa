import { describe, expect, it } from '@jest/globals';
import { signedToken, verifiedId } from './link-signing.js';

const secret = new Uint8Array(32).fill(7);
const otherSecret = new Uint8Array(32).fill(8);
const id = '0f8e2d4c-1b3a-4f5e-9d7c-6b5a4f3e2d1c';

describe('link tokens', () => {
  it('carry the id back when the signature holds', () => {
    const token = signedToken(id, 'confirm', secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifiedId(token, 'confirm', secret)).toBe(id);
  });

  it('refuse another key, another purpose, a changed character and a malformed token', () => {
    const token = signedToken(id, 'confirm', secret);
    expect(verifiedId(token, 'confirm', otherSecret)).toBeNull();
    expect(verifiedId(token, 'marketing', secret)).toBeNull();
    const changed = `${token.slice(0, 30)}${token[30] === 'A' ? 'B' : 'A'}${token.slice(31)}`;
    expect(verifiedId(changed, 'confirm', secret)).toBeNull();
    expect(verifiedId(`${token}x`, 'confirm', secret)).toBeNull();
    expect(verifiedId('not a token', 'confirm', secret)).toBeNull();
  });
});
