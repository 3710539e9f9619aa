import { useEffect, useRef, useState } from 'react';

/**
 * Whether the element has come near the screen yet; once it has, it stays seen. A
 * page of many reports asks only for those scrolled to.
 */
export function useSeen<Element extends HTMLElement>(): [React.RefObject<Element | null>, boolean] {
  const ref = useRef<Element>(null);
  // Without IntersectionObserver (old browsers, test DOMs) everything counts as seen.
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}
