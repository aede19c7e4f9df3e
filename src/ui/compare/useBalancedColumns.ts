/**
 * Keeps a grid of backend boxes in balanced rows (compareModel.balancedColumns) as its width
 * changes: a ResizeObserver writes the column template straight onto the element, so resizing
 * causes no React render, and the marks layer, which observes the boxes, re-measures by itself.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { balancedColumns } from './compareModel';

export function useBalancedColumns(n: number): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const apply = () => {
      // The box width and gap come from the stylesheet (--lb-backend-min, gap), in one place.
      const style = getComputedStyle(el);
      const min = parseFloat(style.getPropertyValue('--lb-backend-min')) || 128;
      const cols = balancedColumns(n, el.clientWidth, min, parseFloat(style.columnGap) || 0);
      el.style.gridTemplateColumns = `repeat(${cols}, minmax(0, 1fr))`;
    };
    apply();
    const ro = new ResizeObserver(apply);
    ro.observe(el);
    return () => ro.disconnect();
  }, [n]);
  return ref;
}
