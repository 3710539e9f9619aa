import { describe, expect, it } from 'vitest';
import { grace } from '../test-support/fixtures';
import { addressLine, contactDifferences } from './contact-differences';

const recorded = {
  ...grace,
  phone: '+14155550142',
  preferredContact: 'sms' as const,
  dateOfBirth: '1988-04-12',
  address: { line1: '12 Elm Street', line2: null, city: 'Boston', region: 'MA', postalCode: '02118', country: null },
};

describe('contactDifferences', () => {
  const same = { phone: recorded.phone, preferredContact: recorded.preferredContact, dateOfBirth: recorded.dateOfBirth, address: recorded.address };

  it('is empty when the client gave what the record says', () => {
    expect(contactDifferences(same, recorded)).toEqual({});
  });

  it('names each detail that changed with the client’s value', () => {
    const address = { line1: '3 New Road', line2: null, city: 'Cambridge', region: 'MA', postalCode: '02139', country: null };
    expect(contactDifferences({ ...same, phone: '+16175550123', address }, recorded)).toEqual({ phone: '+16175550123', address });
  });

  it('keeps the record’s address when the client left theirs blank', () => {
    expect(contactDifferences({ ...same, address: null }, recorded)).toEqual({});
  });

  it('writes an address on one line without its empty parts', () => {
    expect(addressLine({ line1: '3 New Road', line2: ' ', city: 'Cambridge', region: null, postalCode: '02139', country: null })).toBe('3 New Road, Cambridge, 02139');
  });
});
