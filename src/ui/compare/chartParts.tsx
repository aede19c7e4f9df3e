/**
 * What the comparison's charts draw alike: each strategy's colour and dash, its legend sample and
 * line, the horizontal grid with the y-axis values, and the x axis with its ticks. One place, so
 * the latency-over-time and distribution charts read as one family.
 */
import type { ReactNode } from 'react';

/** Okabe-Ito colours (colour-blind safe), one per strategy slot. */
export const STRATEGY_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7'] as const;

export function colourOf(index: number): string {
  return STRATEGY_COLOURS[index % STRATEGY_COLOURS.length] ?? '#0072b2';
}

/** The same hues, darkened for text: each at least 5:1 on white (the lines' hues are not). */
export const STRATEGY_INKS = ['#0072b2', '#a84a00', '#00664a', '#8a3f69'] as const;

export function inkOf(index: number): string {
  return STRATEGY_INKS[index % STRATEGY_INKS.length] ?? '#0072b2';
}

export function LineSample({ index, dash }: { index: number; dash: string }) {
  return (
    <svg className="lb-chart-sample" width="26" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="25"
        y2="4"
        stroke={colourOf(index)}
        strokeWidth="2"
        strokeDasharray={dash}
      />
    </svg>
  );
}

/** A strategy's line: its colour, its dash (so colour never carries the strategy alone). */
export function StrategyPath({ d, index, dash }: { d: string; index: number; dash: string }) {
  return (
    <path
      d={d}
      fill="none"
      stroke={colourOf(index)}
      strokeWidth="2"
      strokeDasharray={dash}
      strokeLinejoin="round"
    />
  );
}

export interface Tick {
  value: number;
  pos: number;
}

/** Grid lines at the y ticks with their values left of the plot; `children` adds the axis title. */
export function YGrid({
  ticks,
  left,
  right,
  children,
}: {
  ticks: readonly Tick[];
  left: number;
  right: number;
  children?: ReactNode;
}) {
  return (
    <g className="lb-grid">
      {ticks.map((tk) => (
        <g key={tk.value}>
          <line x1={left} x2={right} y1={tk.pos} y2={tk.pos} />
          <text x={left - 6} y={tk.pos} dy="0.32em" textAnchor="end">
            {tk.value}
          </text>
        </g>
      ))}
      {children}
    </g>
  );
}

/** The x axis at `bottom` with its ticks, each labelled by `label`; `children` adds the title. */
export function XAxis({
  ticks,
  left,
  right,
  bottom,
  label = (v) => v,
  children,
}: {
  ticks: readonly Tick[];
  left: number;
  right: number;
  bottom: number;
  label?: (value: number) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <g className="lb-axis">
      <line x1={left} x2={right} y1={bottom} y2={bottom} />
      {ticks.map((tk) => (
        <g key={tk.value}>
          <line x1={tk.pos} x2={tk.pos} y1={bottom} y2={bottom + 4} />
          <text x={tk.pos} y={bottom + 15} textAnchor="middle">
            {label(tk.value)}
          </text>
        </g>
      ))}
      {children}
    </g>
  );
}
