import type { ClientMessage } from '@smp/contracts';
import { formatInstant } from '../shared/format';

/** When a message went, or is or was due, in the clinic's time: what each state of it makes the useful time. */
export function messageWhen(message: Pick<ClientMessage, 'status' | 'sendAt' | 'sentAt'>, timeZone: string): string {
  if (message.sentAt) return `Sent ${formatInstant(message.sentAt, timeZone)}`;
  const due = formatInstant(message.sendAt, timeZone);
  switch (message.status) {
    case 'scheduled':
      return `Due ${due}`;
    case 'sending':
      return `Sending since ${due}`;
    case 'failed':
      return `Failed, due ${due}`;
    default:
      return `Was due ${due}`;
  }
}

/** A piece of a message's text: words, or a web address a reader can follow. */
export type TextPiece = { text: string; href?: undefined } | { text: string; href: string };

// Stops before closing punctuation, which ends a sentence rather than the address.
const WEB_ADDRESS = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)'’]/g;

/** Splits a plain-text email into words and web addresses, so the addresses can be links. */
export function textWithLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    if (match.index > from) pieces.push({ text: text.slice(from, match.index) });
    pieces.push({ text: match[0], href: match[0] });
    from = match.index + match[0].length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}
