/**
 * The simulation's measurements over a Plan chart: per line a translucent band over the 95 %
 * intervals, and at each point a whisker and the mean as a dot (ringed, and hollow where the
 * point disagrees with the model, so that disagreement is not told by colour alone).
 */
import type { OverlaySeries } from './checkCharts';

const P_COLOURS: Record<string, string> = { p50: '#0072b2', p99: '#d55e00' };

export function CheckOverlay({ series }: { series: readonly OverlaySeries[] }) {
  return (
    <g className="plan-check-overlay">
      {series.map((s) => {
        const colour = s.colour ?? P_COLOURS[s.key] ?? '#1b2530';
        return (
          <g key={s.key} data-series={s.key}>
            <path className="plan-check-band" d={s.band} fill={colour} />
            {s.marks.map((m, i) => (
              <g key={i} className={m.disagrees ? 'plan-check-mark disagrees' : 'plan-check-mark'}>
                <line x1={m.x} x2={m.x} y1={m.yLo} y2={m.yHi} stroke={colour} />
                <line x1={m.x - 4} x2={m.x + 4} y1={m.yLo} y2={m.yLo} stroke={colour} />
                <line x1={m.x - 4} x2={m.x + 4} y1={m.yHi} y2={m.yHi} stroke={colour} />
                <circle
                  cx={m.x}
                  cy={m.y}
                  r={4}
                  fill={m.disagrees ? '#fff' : colour}
                  stroke={colour}
                />
              </g>
            ))}
          </g>
        );
      })}
    </g>
  );
}
