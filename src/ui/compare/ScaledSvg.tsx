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
}: {
  width: number;
  height: number;
  className: string;
  children: ReactNode;
}) {
  const [ref, style] = useTextScale(width);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      className={className}
      ref={ref}
      style={style}
    >
      {children}
    </svg>
  );
}
