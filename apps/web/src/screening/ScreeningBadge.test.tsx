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

/** What a sighted reader sees (icon and words), and what a screen reader reads (the words). */
function shown(changes: Partial<ScreeningStatus>) {
  const { container, unmount } = render(<ScreeningBadge status={status(changes)} />);
  const badge = container.firstElementChild as HTMLElement;
  const icon = badge.querySelector('[aria-hidden="true"]')?.textContent;
  const result = { text: badge.textContent, icon, className: badge.className, title: badge.title };
  unmount();
  return result;
}

describe('ScreeningBadge', () => {
  it('gives every standing a shape and a word besides its colour', () => {
    expect(shown({ state: 'none', validUntil: null })).toMatchObject({ icon: '○', text: '○Not screened', title: '' });
    expect(shown({ state: 'expired', eligible: false })).toMatchObject({ icon: '↻', text: '↻Screening expired' });
    expect(shown({ state: 'clear' })).toMatchObject({ icon: '✓', text: '✓Clear', className: 'outcome outcome-clear small' });
    expect(shown({ state: 'caution' })).toMatchObject({ icon: '!', text: '!Caution' });
    expect(shown({ state: 'clearance_required', eligible: false })).toMatchObject({ icon: '⧗', text: '⧗Clearance required' });
    expect(shown({ state: 'not_suitable', eligible: false })).toMatchObject({ icon: '✕', text: '✕Not suitable' });
  });

  it('says until when a client is deferred, or that a new screening is needed', () => {
    expect(shown({ state: 'defer', eligible: false, deferUntil: '2026-04-12' }).text).toBe('⏸\uFE0EDeferred until 12 Apr 2026');
    expect(shown({ state: 'defer', eligible: false, deferUntil: null }).text).toBe('⏸\uFE0EDeferred until re-screened');
  });

  it('hides the icon from screen readers and tells how long the screening is valid', () => {
    render(<ScreeningBadge status={status({ state: 'caution' })} />);
    expect(screen.getByText('!').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTitle('Screening valid until 1 Jun 2026').textContent).toContain('Caution');
  });
});
