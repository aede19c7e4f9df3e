/**
 * The simulation's measurements over a Plan chart: per line a translucent band over the 95 %
 * intervals, and at each point a whisker and the mean as a dot (ringed, and hollow where the
 * point disagrees with the model, so that disagreement is not told by colour alone).
 *
 * Each mark is also a control that opens its point in the ensemble view (issue 17 item 4): a
 * button by role, reachable by Tab, pressed with Enter or Space or a click, named after the point
 * (usePointOpener.ts), with a ring when focused and a wider invisible target than the dot. A point
 * the ensemble view cannot run is aria-disabled, its reason its description (the SVG title,
 * which a pointer also shows). The table of checked points has the same controls as HTML buttons.
 */
import type { KeyboardEvent } from 'react';
import type { OverlayMark, OverlaySeries } from './checkCharts';
import { usePointOpener, type PointOpener } from './usePointOpener';

const P_COLOURS: Record<string, string> = { p50: '#0072b2', p99: '#d55e00' };

function onKey(e: KeyboardEvent, o: PointOpener) {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  e.preventDefault();
  o.open();
}

function Mark({ m, colour, o }: { m: OverlayMark; colour: string; o: PointOpener }) {
  const enabled = o.reason === null;
  return (
    <g
      className={m.disagrees ? 'plan-check-mark disagrees' : 'plan-check-mark'}
      role="button"
      tabIndex={0}
      aria-label={o.name}
      aria-disabled={enabled ? undefined : true}
      onClick={enabled ? o.open : undefined}
      onKeyDown={enabled ? (e) => onKey(e, o) : undefined}
    >
      <title>{o.reason ?? o.name}</title>
      <g aria-hidden="true">
        <circle className="plan-check-target" cx={m.x} cy={m.y} r={11} />
        <circle className="plan-check-focus" cx={m.x} cy={m.y} r={8} />
        <line x1={m.x} x2={m.x} y1={m.yLo} y2={m.yHi} stroke={colour} />
        <line x1={m.x - 4} x2={m.x + 4} y1={m.yLo} y2={m.yLo} stroke={colour} />
        <line x1={m.x - 4} x2={m.x + 4} y1={m.yHi} y2={m.yHi} stroke={colour} />
        <circle
          className="plan-check-dot"
          cx={m.x}
          cy={m.y}
          r={4}
          fill={m.disagrees ? '#fff' : colour}
          stroke={colour}
        />
      </g>
    </g>
  );
}

export function CheckOverlay({ series }: { series: readonly OverlaySeries[] }) {
  const opener = usePointOpener();
  return (
    <g className="plan-check-overlay">
      {series.map((s) => {
        const colour = s.colour ?? P_COLOURS[s.key] ?? '#1b2530';
        return (
          <g key={s.key} data-series={s.key}>
            <path className="plan-check-band" d={s.band} fill={colour} aria-hidden="true" />
            {s.marks.map((m, i) => (
              <Mark key={i} m={m} colour={colour} o={opener(m.point)} />
            ))}
          </g>
        );
      })}
    </g>
  );
}
