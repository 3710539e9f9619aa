import type { DesignGeometry } from '@smp/contracts';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Size } from './design-geometry';
import { adjacentHandle, choosableHandles, handleName, nudgePoint, pointAt, type HandleRef, type NudgeDirection } from './design-handles';

interface DesignPointMoverProps {
  geometry: DesignGeometry;
  chosen: HandleRef;
  onChoose: (chosen: HandleRef) => void;
  onChange: (geometry: DesignGeometry) => void;
  photoSize: Size;
  /** The canvas the points are dragged on. */
  children: ReactNode;
}

const arrowKeys: Record<string, NudgeDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The arrow buttons, laid out as the arrow keys are: up over the other three. */
const nudgeButtons: { direction: NudgeDirection; arrow: string }[] = [
  { direction: 'up', arrow: '↑' },
  { direction: 'left', arrow: '←' },
  { direction: 'down', arrow: '↓' },
  { direction: 'right', arrow: '→' },
];

const handleKey = ({ group, index }: HandleRef) => `${group}-${index}`;
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/**
 * Moving the drawing's points without dragging them: on the focused drawing Tab chooses a point
 * and the arrow keys nudge it (Shift for bigger steps); below it, a point chooser and arrow
 * buttons do the same for anyone who uses neither a pointer nor keys comfortably. The chosen
 * point and where it is are said in a live line, so a screen reader follows each move.
 */
export function DesignPointMover({ geometry, chosen, onChoose, onChange, photoSize, children }: DesignPointMoverProps) {
  const hintId = useId();
  const [largeSteps, setLargeSteps] = useState(false);
  const nudge = (direction: NudgeDirection, large: boolean) => onChange(nudgePoint(geometry, chosen, direction, large ? 'large' : 'small', photoSize));
  const choosable = choosableHandles(geometry);
  const point = pointAt(geometry, chosen);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = arrowKeys[event.key];
    if (direction) {
      event.preventDefault();
      nudge(direction, event.shiftKey);
    } else if (event.key === 'Tab') {
      // Past the last point (or before the first) Tab leaves the drawing as it would anywhere else.
      const next = adjacentHandle(geometry, chosen, event.shiftKey ? -1 : 1);
      if (next) {
        event.preventDefault();
        onChoose(next);
      }
    }
  };

  return (
    <>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- A drawing with its own keys is what role="application" is for: a screen reader hands it the arrow keys rather than reading on. */}
      <div className="design-canvas-region" role="application" tabIndex={0} aria-label="Hairline drawing" aria-describedby={hintId} onKeyDown={onKeyDown}>
        {children}
      </div>
      <div className="design-point-controls" role="group" aria-label="Move a point">
        <label className="inline-field">
          Point
          <select value={handleKey(chosen)} onChange={(event) => onChoose(choosable.find((handle) => handleKey(handle) === event.target.value)!)}>
            {choosable.map((handle) => (
              <option key={handleKey(handle)} value={handleKey(handle)}>
                {handleName(geometry, handle)}
              </option>
            ))}
          </select>
        </label>
        <div className="design-nudge">
          {nudgeButtons.map(({ direction, arrow }) => (
            <button key={direction} type="button" className={`button design-nudge-${direction}`} aria-label={`Move ${direction}`} onClick={() => nudge(direction, largeSteps)}>
              {arrow}
            </button>
          ))}
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={largeSteps} onChange={(event) => setLargeSteps(event.target.checked)} />
          Bigger steps
        </label>
        <p className="design-point-status" aria-live="polite">
          {handleName(geometry, chosen)}: {percent.format(point.x)} across, {percent.format(point.y)} down
        </p>
        <p className="hint" id={hintId}>
          On the drawing, <kbd>Tab</kbd> chooses the next point and the arrow keys move it; with <kbd>Shift</kbd>, further.
        </p>
      </div>
    </>
  );
}
