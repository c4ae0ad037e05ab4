import { useEffect, type RefObject } from 'react';

/** Focuses the element once the page is in place (after the layout has moved the focus to <main>). */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const timer = window.setTimeout(() => ref.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [ref]);
}
