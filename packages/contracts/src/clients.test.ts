import { afterEach, describe, expect, it } from 'vitest';
import { clientInputSchema, clientPatchSchema, contactDetailsProblems } from './index.js';
import { normalisePhone, setDefaultPhoneRegion } from './phone.js';

afterEach(() => setDefaultPhoneRegion('US'));

describe('phone numbers', () => {
  it('reads local numbers in the clinic’s country and stores E.164', () => {
    expect(normalisePhone('(415) 555-2671')).toBe('+14155552671');
    setDefaultPhoneRegion('GB');
    expect(normalisePhone('07911 123456')).toBe('+447911123456');
    expect(normalisePhone('+1 415 555 2671')).toBe('+14155552671');
  });

  it('rejects what cannot be a number', () => {
    expect(normalisePhone('12')).toBeNull();
    expect(normalisePhone('call me')).toBeNull();
  });

  it('refuses an unknown region', () => {
    expect(() => setDefaultPhoneRegion('XX')).toThrow(/Unsupported/);
  });
});

describe('clientInputSchema', () => {
  it('normalises email and phone and trims names', () => {
    const parsed = clientInputSchema.parse({ firstName: '  Ana ', lastName: 'Lopez', email: ' ANA@Example.COM', phone: '415 555 2671' });
    expect(parsed).toMatchObject({ firstName: 'Ana', email: 'ana@example.com', phone: '+14155552671' });
  });

  it('says Required for missing names, and names unknown fields', () => {
    const result = clientInputSchema.safeParse({ email: 'a@b.co', nickname: 'x' });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    expect(messages).toEqual(expect.arrayContaining(['firstName: Required', 'lastName: Required', '(root): Unknown field: nickname']));
  });

  it('refuses dates of birth in the future or before 1900', () => {
    const base = { firstName: 'A', lastName: 'B', email: 'a@b.co' };
    expect(clientInputSchema.safeParse({ ...base, dateOfBirth: '2999-01-01' }).error?.issues).toHaveLength(1);
    expect(clientInputSchema.safeParse({ ...base, dateOfBirth: '1899-12-31' }).success).toBe(false);
    expect(clientInputSchema.safeParse({ ...base, dateOfBirth: '1985-02-30' }).success).toBe(false);
    expect(clientInputSchema.safeParse({ ...base, dateOfBirth: '1985-02-28' }).success).toBe(true);
  });
});

describe('contactDetailsProblems', () => {
  it('wants a phone or an email', () => {
    expect(contactDetailsProblems({})).toEqual([{ field: 'phone', message: 'Give a phone number or an email address' }]);
    expect(contactDetailsProblems({ email: 'a@b.co' })).toEqual([]);
  });

  it('wants the detail the preferred channel needs', () => {
    expect(contactDetailsProblems({ email: 'a@b.co', preferredContact: 'whatsapp' })).toEqual([
      { field: 'phone', message: 'WhatsApp is the preferred contact, so a phone number is needed' },
    ]);
    expect(contactDetailsProblems({ phone: '+14155552671', preferredContact: 'email' })).toEqual([
      { field: 'email', message: 'Email is the preferred contact, so an email address is needed' },
    ]);
  });
});

describe('clientPatchSchema', () => {
  it('accepts a single field and refuses an empty patch', () => {
    expect(clientPatchSchema.safeParse({ notes: null }).success).toBe(true);
    expect(clientPatchSchema.safeParse({}).success).toBe(false);
  });
});
