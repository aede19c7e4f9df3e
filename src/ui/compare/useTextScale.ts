/**
 * Chart text that keeps its size: a chart is drawn in its own view box and scaled to its column,
 * so 12 units of text become 9 px in a column narrower than the box. This hook watches the
 * drawing's width and sets `--px` (view-box units per screen pixel, at least 1) on it; the
 * stylesheet multiplies the charts' font sizes by it, so labels never fall below 12 px.
 */
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';

export function useTextScale(
  viewBoxWidth: number,
): [RefObject<SVGSVGElement | null>, CSSProperties] {
  const ref = useRef<SVGSVGElement>(null);
  const [k, setK] = useState(1);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry?.contentRect.width ?? 0;
      if (w > 0) setK(Math.max(1, Math.round((viewBoxWidth / w) * 100) / 100));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [viewBoxWidth]);
  return [ref, { '--px': k } as CSSProperties];
}
