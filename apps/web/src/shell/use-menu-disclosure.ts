import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The open/closed state of a menu that a button discloses. The menu belongs to the
 * page it was opened on, so moving to another page closes it; Escape and a press
 * outside the menu close it too, Escape handing focus back to the button.
 */
export function useMenuDisclosure<Menu extends HTMLElement>() {
  const location = useLocation();
  const [openOnPage, setOpenOnPage] = useState<string | null>(null);
  const open = openOnPage === location.key;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<Menu>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOnPage(null);
      buttonRef.current?.focus();
    };
    const closeOnPressOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (menuRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpenOnPage(null);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('pointerdown', closeOnPressOutside);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('pointerdown', closeOnPressOutside);
    };
  }, [open]);

  const toggle = () => setOpenOnPage(open ? null : location.key);
  return { open, toggle, buttonRef, menuRef };
}
