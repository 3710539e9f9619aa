import { useEffect, useEffectEvent, useId, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

interface HoldButtonProps {
  /** Says how to use it, under the button: a hold is not what anyone expects of a button. */
  hint: string;
  onHeld: () => void;
  holdMilliseconds?: number;
  className?: string;
  children: ReactNode;
}

const HOLD_KEYS = new Set([' ', 'Enter']);

/**
 * A button that acts only once held down, by pointer or with Space or Enter, its fill
 * showing how long is left: for what a tap by someone else nearby must not set off.
 */
export function HoldButton({ hint, onHeld, holdMilliseconds = 1500, className = 'button', children }: HoldButtonProps) {
  const hintId = useId();
  const [holding, setHolding] = useState(false);
  const held = useEffectEvent(onHeld);

  useEffect(() => {
    if (!holding) return;
    const timer = setTimeout(() => {
      setHolding(false);
      held();
    }, holdMilliseconds);
    return () => clearTimeout(timer);
  }, [holding, holdMilliseconds]);

  const release = () => setHolding(false);
  const onPointerDown = (event: PointerEvent) => {
    if (event.button === 0) setHolding(true);
  };
  // Both keys would click the button; a click is not a hold.
  const onKeyDown = (event: KeyboardEvent) => {
    if (!HOLD_KEYS.has(event.key)) return;
    event.preventDefault();
    if (!event.repeat) setHolding(true);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (!HOLD_KEYS.has(event.key)) return;
    event.preventDefault();
    release();
  };

  return (
    <div className="hold">
      <button
        type="button"
        className={`${className} hold-button${holding ? ' holding' : ''}`}
        aria-describedby={hintId}
        onPointerDown={onPointerDown}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        onKeyDown={onKeyDown}
        onKeyUp={onKeyUp}
        onBlur={release}
        // A long press on a tablet would otherwise open the browser's menu.
        onContextMenu={(event) => event.preventDefault()}
      >
        <span className="hold-progress" aria-hidden="true" style={{ transitionDuration: holding ? `${holdMilliseconds}ms` : '0ms' }} />
        <span className="hold-label">{children}</span>
      </button>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}
