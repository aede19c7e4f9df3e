/**
 * A chart's drawing: its own view box scaled to its column, with text that keeps its size (see
 * useTextScale). Every chart of the comparison and the consistent-hashing ring draw in one.
 */
import type { ReactNode } from 'react';
import { useTextScale } from './useTextScale';

export function ScaledSvg({
  width,
  height,
  className,
  children,
  exposed = false,
}: {
  width: number;
  height: number;
  className: string;
  children: ReactNode;
  /**
   * False (the default): the drawing is hidden from assistive technology, its figure's name says
   * what it shows. True: it holds controls (the Plan charts' checked points), so it is a group
   * and the chart hides its purely graphic parts itself.
   */
  exposed?: boolean;
}) {
  const [ref, style] = useTextScale(width);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden={exposed ? undefined : 'true'}
      role={exposed ? 'group' : undefined}
      className={className}
      ref={ref}
      style={style}
    >
      {children}
    </svg>
  );
}
