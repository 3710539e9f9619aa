import { describe, expect, it } from 'vitest';
import { messageWhen, textWithLinks } from './message-words';

const sendAt = '2026-03-05T09:00:00.000Z';

describe('when a message went or is due', () => {
  it('gives the sending time of a sent message and the due time of the others, in clinic time', () => {
    expect(messageWhen({ status: 'sent', sendAt, sentAt: '2026-03-05T09:00:04.000Z' }, 'Europe/London')).toBe('Sent 5 Mar 2026, 09:00');
    expect(messageWhen({ status: 'scheduled', sendAt, sentAt: null }, 'America/New_York')).toBe('Due 5 Mar 2026, 04:00');
    expect(messageWhen({ status: 'failed', sendAt, sentAt: null }, 'Europe/London')).toBe('Failed, due 5 Mar 2026, 09:00');
    expect(messageWhen({ status: 'withdrawn', sendAt, sentAt: null }, 'Europe/London')).toBe('Was due 5 Mar 2026, 09:00');
  });
});

describe('the links of a plain-text email', () => {
  it('makes web addresses links, leaving the sentence’s punctuation outside', () => {
    expect(textWithLinks('Confirm: http://localhost:3000/visit/abc.def. Thanks')).toEqual([
      { text: 'Confirm: ' },
      { text: 'http://localhost:3000/visit/abc.def', href: 'http://localhost:3000/visit/abc.def' },
      { text: '. Thanks' },
    ]);
  });

  it('leaves text without addresses whole', () => {
    expect(textWithLinks('See you soon')).toEqual([{ text: 'See you soon' }]);
  });
});
