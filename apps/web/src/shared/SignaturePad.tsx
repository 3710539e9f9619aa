import { useEffect, useRef, useState, type PointerEvent } from 'react';

interface SignaturePadProps {
  id: string;
  /** The drawn signature as a PNG data URL, or null once cleared. */
  onChange: (signature: string | null) => void;
  invalid?: boolean;
  describedBy?: string;
}

/** Sharp on high-density tablet screens, yet small enough for the API's size limit. */
const MAX_PIXEL_RATIO = 2;

/**
 * A signature drawn with a finger, stylus or mouse on a canvas. Pointer capture
 * keeps the stroke going when the finger strays over the edge, and `touch-action:
 * none` (in the styles) stops the page from scrolling while the client signs.
 */
export function SignaturePad({ id, onChange, invalid, describedBy }: SignaturePadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const { width, height } = canvas.getBoundingClientRect();
    const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    if (width > 0 && height > 0) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.lineWidth = 2.5 * ratio;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1c2430';
  }, []);

  const pointAt = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    const box = canvas.getBoundingClientRect();
    // The canvas's pixels and its size on screen differ (pixel ratio, resizing).
    const scaleX = box.width ? canvas.width / box.width : 1;
    const scaleY = box.height ? canvas.height / box.height : 1;
    return { x: (event.clientX - box.left) * scaleX, y: (event.clientY - box.top) * scaleY };
  };

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const context = event.currentTarget.getContext('2d');
    const { x, y } = pointAt(event);
    context?.beginPath();
    context?.moveTo(x, y);
    // A tap leaves a dot, as a pen would.
    context?.lineTo(x + 0.1, y + 0.1);
    context?.stroke();
  };

  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    const { x, y } = pointAt(event);
    context?.lineTo(x, y);
    context?.stroke();
  };

  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    setEmpty(false);
    onChange(event.currentTarget.toDataURL('image/png'));
  };

  const clear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    setEmpty(true);
    onChange(null);
  };

  return (
    <div className={invalid ? 'signature-pad invalid' : 'signature-pad'}>
      <canvas
        ref={canvasRef}
        id={id}
        role="img"
        aria-label={empty ? 'Signature box, empty' : 'Signature box, signed'}
        aria-describedby={describedBy}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <div className="signature-actions">
        <span className="hint">{empty ? 'Sign in the box with a finger, a stylus or the mouse.' : 'Signed.'}</span>
        <button type="button" className="button large" onClick={clear} disabled={empty}>
          Clear signature
        </button>
      </div>
    </div>
  );
}
