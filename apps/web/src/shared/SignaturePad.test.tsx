import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SignaturePad } from './SignaturePad';

const drawn = 'data:image/png;base64,iVBORw0KGgo=';

// jsdom has no canvas drawing; a stand-in context records the strokes.
const strokes = () => ({ beginPath: vi.fn(), moveTo: vi.fn(), lineTo: vi.fn(), stroke: vi.fn(), clearRect: vi.fn() });
let context = strokes();
beforeEach(() => {
  context = strokes();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as unknown as CanvasRenderingContext2D);
  vi.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockReturnValue(drawn);
});

function renderPad() {
  const onChange = vi.fn();
  render(<SignaturePad id="signature" onChange={onChange} />);
  return { onChange, canvas: screen.getByRole('img') };
}

describe('SignaturePad', () => {
  it('starts empty, with nothing to clear', () => {
    const { onChange, canvas } = renderPad();
    expect(canvas.getAttribute('aria-label')).toBe('Signature box, empty');
    expect(screen.getByRole('button', { name: 'Clear signature' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Sign in the box/)).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('gives the drawing as a PNG once a stroke ends', () => {
    const { onChange, canvas } = renderPad();
    fireEvent.pointerDown(canvas, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: 40, clientY: 25 });
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.pointerUp(canvas, { pointerId: 1, clientX: 40, clientY: 25 });

    expect(context.stroke).toHaveBeenCalled();
    expect(onChange).toHaveBeenLastCalledWith(drawn);
    expect(canvas.getAttribute('aria-label')).toBe('Signature box, signed');
  });

  it('ignores moves without a pressed pointer', () => {
    const { onChange, canvas } = renderPad();
    fireEvent.pointerMove(canvas, { pointerId: 1, clientX: 40, clientY: 25 });
    fireEvent.pointerUp(canvas, { pointerId: 1 });
    expect(context.lineTo).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('empties again when cleared', async () => {
    const { onChange, canvas } = renderPad();
    fireEvent.pointerDown(canvas, { pointerId: 1, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(canvas, { pointerId: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Clear signature' }));

    expect(context.clearRect).toHaveBeenCalled();
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(canvas.getAttribute('aria-label')).toBe('Signature box, empty');
    expect(screen.getByRole('button', { name: 'Clear signature' })).toHaveProperty('disabled', true);
  });
});
