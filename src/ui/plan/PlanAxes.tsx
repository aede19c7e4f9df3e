/**
 * The axes of a Plan chart: horizontal grid lines with the y values, the x axis with its ticks,
 * and both axis titles with their units.
 */
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
      <g className="lb-axis">
        <line x1={box.left} x2={right} y1={bottom} y2={bottom} />
        {xTicks.map((tk) => (
          <g key={tk.value}>
            <line x1={tk.pos} x2={tk.pos} y1={bottom} y2={bottom + 4} />
            <text x={tk.pos} y={bottom + 17} textAnchor="middle">
              {xLabel(tk.value)}
            </text>
          </g>
        ))}
      </g>
      <text className="plan-axis-title" x={right} y={box.height - 3} textAnchor="end">
        {xTitle}
      </text>
      <text className="plan-axis-title" x={4} y={box.top - 22} textAnchor="start">
        {yTitle}
      </text>
    </g>
  );
}
