import { useEffect, useEffectEvent } from 'react';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export interface Shortcut {
  /** A letter or symbol, e.g. "/" or "e". */
  key: string;
  /**
   * With Alt the shortcut also works while typing in a field (the search box has
   * the focus most of the day). It is matched by physical key, because on a Mac
   * Option turns letters into other characters.
   */
  alt?: boolean;
}

export function shortcutLabel({ key, alt }: Shortcut): string {
  return `${alt ? 'Alt+' : ''}${key.toUpperCase()}`;
}

/** Runs `action` on the shortcut; plain keys are ignored while the user types in a field. */
export function useShortcut(shortcut: Shortcut, action: () => void): void {
  // The latest action, without re-adding the listener for each render's new closure.
  const act = useEffectEvent(action);
  const { key, alt = false } = shortcut;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey !== alt) return;
      const matches = alt ? event.code === `Key${key.toUpperCase()}` : event.key === key && !isTyping(event.target);
      if (!matches) return;
      event.preventDefault();
      act();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, alt]);
}
