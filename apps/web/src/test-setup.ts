import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { setCsrfToken } from './api/http';

// Pages load lazily: the first visit to one in a test run waits for its module to be
// compiled, which on a busy machine takes longer than the library's default second.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  // The token lives in the http module, which outlives each test's app.
  setCsrfToken(null);
});

// jsdom has no PointerEvent; the calendar's drag listens for pointer events, which carry a mouse event's coordinates.
if (!('PointerEvent' in window)) {
  class PointerEvent extends MouseEvent {
    readonly pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
    }
  }
  Object.assign(window, { PointerEvent });
}

// Nor does it capture pointers, which the signature pad asks for as a stroke starts.
if (!('setPointerCapture' in Element.prototype)) {
  Object.assign(Element.prototype, { setPointerCapture: () => undefined, releasePointerCapture: () => undefined });
}
