/**
 * The axes of a Plan chart: horizontal grid lines with the y values (formatted, unlike the
 * comparison's YGrid: log ticks and compact numbers), the comparison's x axis, and both axis
 * titles with their units.
 */
import { XAxis } from '../compare/chartParts';
import type { Box, Tick } from './planCharts';

export function PlanAxes({
  box,
  xTicks,
  yTicks,
  xLabel,
  yLabel,
  xTitle,
  yTitle,
}: {
  box: Box;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  xLabel: (v: number) => string;
  yLabel: (v: number) => string;
  xTitle: string;
  yTitle: string;
}) {
  const right = box.width - box.right;
  const bottom = box.height - box.bottom;
  return (
    <g className="plan-axes">
      <g className="lb-grid">
        {yTicks.map((tk) => (
          <g key={tk.value}>
            <line x1={box.left} x2={right} y1={tk.pos} y2={tk.pos} />
            <text x={box.left - 6} y={tk.pos} dy="0.32em" textAnchor="end">
              {yLabel(tk.value)}
            </text>
          </g>
        ))}
      </g>
      <XAxis ticks={xTicks} left={box.left} right={right} bottom={bottom} label={xLabel}>
        <text className="plan-axis-title" x={right} y={box.height - 3} textAnchor="end">
          {xTitle}
        </text>
      </XAxis>
      <text className="plan-axis-title" x={4} y={box.top - 22} textAnchor="start">
        {yTitle}
      </text>
    </g>
  );
}
