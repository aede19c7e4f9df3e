/**
 * A Plan chart's drawing: ScaledSvg at the chart's box. With checked points drawn it is exposed
 * to assistive technology, because their marks are controls (CheckOverlay.tsx); the chart then
 * hides its purely graphic parts (axes, curves, labels) itself, since its figure's name already
 * says what they show.
 */
import type { ReactNode } from 'react';
import { ScaledSvg } from '../compare/ScaledSvg';
import type { Box } from './planCharts';

export function PlanChartSvg({
  box,
  marks,
  children,
}: {
  box: Box;
  /** Checked points drawn on it. */
  marks: number;
  children: ReactNode;
}) {
  return (
    <ScaledSvg
      width={box.width}
      height={box.height}
      className="lb-chart-svg plan-chart-svg"
      exposed={marks > 0}
    >
      {children}
    </ScaledSvg>
  );
}
