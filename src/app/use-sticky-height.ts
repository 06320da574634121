import { useEffect, useRef } from 'react';

/**
 * Keeps a CSS custom property on the page set to an element's height while it is shown, so the page
 * can keep focused content clear of it (the run's status bar stays on screen as the page scrolls).
 */
export function useStickyHeight<T extends HTMLElement>(property: string) {
  const element = useRef<T>(null);
  useEffect(() => {
    const target = element.current;
    const root = document.documentElement;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      root.style.setProperty(property, `${Math.ceil(target.getBoundingClientRect().height)}px`),
    );
    observer.observe(target);
    return () => {
      observer.disconnect();
      root.style.removeProperty(property);
    };
  }, [property]);
  return element;
}
