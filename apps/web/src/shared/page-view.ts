import { createContext, useState } from 'react';

/**
 * A random (version 4) UUID. crypto.randomUUID exists only on HTTPS and localhost;
 * a clinic may serve the app over plain HTTP on its own network.
 */
export function newPageViewId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One id for as long as the page stays open. Sent with every read of a client's record
 * the page makes (and makes again when the window regains focus), so the audit trail
 * records one opening of the record, not one per request.
 */
export function usePageViewId(): string {
  return useState(newPageViewId)[0];
}

/**
 * The view of the page a part sits on (a panel opened over a client's page), so the
 * part's own reads of the record count as that page's, not as another opening.
 */
export const PageViewContext = createContext<string | undefined>(undefined);
