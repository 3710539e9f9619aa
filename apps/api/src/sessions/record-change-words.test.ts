import { describe, expect, it } from '@jest/globals';
import { listInWords, recordChangeInWords } from './record-change-words.js';

describe('a change to a client record in words', () => {
  it('names creation, archiving and restoring without field names', () => {
    expect(recordChangeInWords('client.create', ['firstName', 'lastName', 'preferredContact'])).toBe('Client record created');
    expect(recordChangeInWords('client.archive', ['archivedAt'])).toBe('Client record archived');
    expect(recordChangeInWords('client.restore', ['archivedAt'])).toBe('Client record restored');
  });

  it('says which fields changed by their labels, the address once', () => {
    expect(recordChangeInWords('client.update', ['phone', 'email'])).toBe('Phone and email changed');
    expect(recordChangeInWords('client.update', ['addressLine1', 'addressPostalCode', 'preferredContact'])).toBe('Address and preferred contact changed');
    expect(recordChangeInWords('client.update', ['dateOfBirth'])).toBe('Date of birth changed');
    expect(recordChangeInWords('client.update', [])).toBe('Client record changed');
  });

  it('turns a field it does not know into words rather than showing its name', () => {
    expect(recordChangeInWords('client.update', ['favouriteShade'])).toBe('Favourite shade changed');
  });

  it('joins lists the way a sentence does', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(listInWords)).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
