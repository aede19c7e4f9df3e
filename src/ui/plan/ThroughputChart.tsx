/**
 * Saturated throughput against the read ratio for 3, 5, 7, 9 and 13 voters, the plan's point
 * marked. Each line has a colour, a dash and a direct label, so colour never carries it alone;
 * the figure's accessible name states the plan's point in words.
 */
import { memo, useMemo } from 'react';
import type { CostParams } from '../../sim/cost';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { CheckOverlay } from './CheckOverlay';
import { throughputOverlay } from './checkCharts';
import type { PointResult } from './checkPlan';
import { PlanAxes } from './PlanAxes';
import { PlanChartSvg } from './PlanChartSvg';
import { THROUGHPUT_BOX as B, throughputGeometry, throughputSeries } from './planCharts';
import { formatCompact, formatCount } from './planFormat';

function ThroughputChartView({
  voters,
  observers,
  readRatio,
  params,
  check,
}: {
  voters: number;
  observers: number;
  readRatio: number;
  params: CostParams;
  /** The simulation's measurements for this very plan, or null (none, or stale). */
  check: readonly PointResult[] | null;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  // The lines change only with the observers and the parameters (not while the read share or
  // the voters are dragged), so they are kept apart from the plan's point.
  const paramsKey = JSON.stringify(params);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the parameters' values
  const series = useMemo(() => throughputSeries(observers, params), [observers, paramsKey]);
  const geo = useMemo(
    () => throughputGeometry({ voters, observers, readRatio }, params, series),
    [voters, observers, readRatio, params, series],
  );
  const overlay = useMemo(
    () => (check ? throughputOverlay(check, geo.scales) : []),
    [check, geo.scales],
  );
  const marks = overlay.reduce((n, s) => n + s.marks.length, 0);
  const described =
    t('plan.chart.tp.described', {
      voters,
      read: Math.round(readRatio * 100),
      ops: formatCount(geo.current.opsPerSec, locale),
    }) + (marks > 0 ? ' ' + t('plan.check.figure', { points: marks }) : '');
  return (
    <figure className="plan-chart" aria-label={described}>
      <figcaption>
        <strong>{t('plan.chart.tp.title')}</strong>
        <span className="plan-muted">{t('plan.chart.tp.caption', { observers })}</span>
        {marks > 0 && <span className="plan-muted">{t('plan.check.legend')}</span>}
      </figcaption>
      <PlanChartSvg box={B} marks={marks}>
        <g aria-hidden="true">
          <PlanAxes
            box={B}
            xTicks={geo.xTicks}
            yTicks={geo.yTicks}
            xLabel={(v) => `${Math.round(v * 100)}%`}
            yLabel={(v) => formatCompact(v, locale)}
            xTitle={t('plan.chart.tp.x')}
            yTitle={t('plan.chart.tp.y')}
          />
          <g className="plan-lines">
            {geo.lines.map((l) => (
              <g key={l.voters}>
                <path
                  d={l.d}
                  fill="none"
                  stroke={l.colour}
                  strokeWidth={l.voters === voters ? 3.5 : 2}
                  strokeDasharray={l.dash}
                />
                <text x={l.label.x} y={l.label.y} dy="0.32em" className="plan-line-label">
                  {t('plan.chart.tp.series', { voters: l.voters })}
                </text>
              </g>
            ))}
          </g>
        </g>
        <CheckOverlay series={overlay} />
        <g className="plan-current" aria-hidden="true">
          <circle cx={geo.current.x} cy={geo.current.y} r={6} />
          <text
            x={geo.current.x + (readRatio > 0.6 ? -10 : 10)}
            y={geo.current.y - 10}
            textAnchor={readRatio > 0.6 ? 'end' : 'start'}
          >
            {t('plan.chart.here', { voters })}
          </text>
        </g>
      </PlanChartSvg>
    </figure>
  );
}

export const ThroughputChart = memo(ThroughputChartView);
