import type { ScreeningStatus } from '@smp/contracts';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScreeningBadge } from './ScreeningBadge';

const status = (changes: Partial<ScreeningStatus>): ScreeningStatus => ({
  state: 'clear',
  eligible: true,
  validUntil: '2026-06-01',
  deferUntil: null,
  openItems: 0,
  ...changes,
});

/** What a sighted reader sees (the icon's shape and the words), and what a screen reader reads (the words). */
function shown(changes: Partial<ScreeningStatus>) {
  const { container, unmount } = render(<ScreeningBadge status={status(changes)} />);
  const badge = container.firstElementChild as HTMLElement;
  const icon = badge.querySelector('svg[aria-hidden="true"]')?.getAttribute('data-icon');
  const result = { text: badge.textContent, icon, className: badge.className, title: badge.title };
  unmount();
  return result;
}

describe('ScreeningBadge', () => {
  it('gives every standing a shape and a word besides its colour', () => {
    expect(shown({ state: 'none', validUntil: null })).toMatchObject({ icon: 'circle', text: 'Screening needed', title: '' });
    expect(shown({ state: 'expired', eligible: false })).toMatchObject({ icon: 'renew', text: 'Screening expired' });
    expect(shown({ state: 'clear' })).toMatchObject({ icon: 'check', text: 'Clear', className: 'outcome outcome-clear small' });
    expect(shown({ state: 'caution' })).toMatchObject({ icon: 'exclamation', text: 'Caution' });
    expect(shown({ state: 'clearance_required', eligible: false })).toMatchObject({ icon: 'hourglass', text: 'Clearance required' });
    expect(shown({ state: 'not_suitable', eligible: false })).toMatchObject({ icon: 'cross', text: 'Not suitable' });
  });

  it('says until when a client is deferred, or that a new screening is needed', () => {
    expect(shown({ state: 'defer', eligible: false, deferUntil: '2026-04-12' })).toMatchObject({ icon: 'pause', text: 'Deferred until 12 Apr 2026' });
    expect(shown({ state: 'defer', eligible: false, deferUntil: null }).text).toBe('Deferred until re-screened');
  });

  it('tells how long the screening is valid', () => {
    render(<ScreeningBadge status={status({ state: 'caution' })} />);
    expect(screen.getByTitle('Screening valid until 1 Jun 2026').textContent).toBe('Caution');
  });
});
