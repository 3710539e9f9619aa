import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScreeningHandover } from './ScreeningHandover';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Lets that much time pass, the press still down or not. */
async function passes(milliseconds: number) {
  await act(() => vi.advanceTimersByTimeAsync(milliseconds));
}

function renderHandover() {
  const showOutcome = vi.fn();
  render(<ScreeningHandover onShowOutcome={showOutcome} />);
  return { showOutcome, button: screen.getByRole('button', { name: 'Artist: show the outcome' }) };
}

describe('handing the tablet back after the client signs', () => {
  it('announces the signed screening, and leaves the focus where the artist puts it when the page renders again', () => {
    const { rerender } = render(<ScreeningHandover onShowOutcome={() => {}} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Thank you, the screening is signed' }));

    const button = screen.getByRole('button', { name: 'Artist: show the outcome' });
    button.focus();
    rerender(<ScreeningHandover onShowOutcome={() => {}} />);
    expect(document.activeElement).toBe(button);
  });

  it('shows the outcome only to a hold, not to a tap by the client', async () => {
    const { showOutcome, button } = renderHandover();
    expect(button.className).not.toContain('primary');
    expect(screen.getByText(/press and hold/).id).toBe(button.getAttribute('aria-describedby'));

    fireEvent.pointerDown(button, { button: 0 });
    fireEvent.pointerUp(button);
    fireEvent.click(button);
    fireEvent.pointerDown(button, { button: 0 });
    await passes(1000);
    fireEvent.pointerUp(button);
    await passes(1000);
    expect(showOutcome).not.toHaveBeenCalled();

    fireEvent.pointerDown(button, { button: 0 });
    expect(button.className).toContain('holding');
    await passes(1500);
    expect(showOutcome).toHaveBeenCalledTimes(1);
  });

  it('is held from the keyboard with Space or Enter', async () => {
    const { showOutcome, button } = renderHandover();
    button.focus();
    fireEvent.keyDown(button, { key: 'Enter' });
    await passes(500);
    fireEvent.keyDown(button, { key: 'Enter', repeat: true });
    await passes(1000);
    expect(showOutcome).toHaveBeenCalledTimes(1);
  });
});
