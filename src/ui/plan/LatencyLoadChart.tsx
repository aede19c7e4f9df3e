/**
 * Write latency (p50 and p99) against offered load, from idle to the resources' limit, with the
 * knee marked (where throughput per unit of latency is largest) and the plan's offered load.
 * With no writes in the mix it draws read latency instead, and says so in its title.
 */
import { memo, useId, useMemo } from 'react';
import type { CostParams, Ensemble, Knee } from '../../sim/cost';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { CheckOverlay } from './CheckOverlay';
import { latencyOverlay } from './checkCharts';
import type { PointResult } from './checkPlan';
import { PlanAxes } from './PlanAxes';
import { PlanChartSvg } from './PlanChartSvg';
import { LATENCY_BOX as B, latencyGeometry } from './planCharts';
import { formatCompact, formatCount } from './planFormat';

function LatencyLoadChartView({
  ensemble,
  readRatio,
  offeredOpsPerSec,
  knee,
  params,
  check,
}: {
  /** The simulation's measurements for this very plan, or null (none, or stale). */
  check: readonly PointResult[] | null;
  ensemble: Ensemble;
  readRatio: number;
  offeredOpsPerSec: number;
  knee: Knee;
  params: CostParams;
}) {
  const t = useT();
  const locale = useAppStore((s) => s.locale);
  const clipId = useId();
  const geo = useMemo(
    () => latencyGeometry(ensemble, readRatio, offeredOpsPerSec, knee, params),
    [ensemble, readRatio, offeredOpsPerSec, knee, params],
  );
  const overlay = useMemo(
    () => (check ? latencyOverlay(check, geo.scales) : []),
    [check, geo.scales],
  );
  const marks = overlay.reduce((n, s) => n + s.marks.length, 0);
  const top = B.top;
  const bottom = B.height - B.bottom;
  const kneeOps = formatCount(geo.knee.opsPerSec, locale);
  const title = geo.kind === 'write' ? t('plan.chart.lat.title') : t('plan.chart.lat.titleRead');
  return (
    <figure
      className="plan-chart"
      aria-label={
        t('plan.chart.lat.described', {
          title,
          knee: kneeOps,
          limit: formatCount(geo.limitOpsPerSec, locale),
        }) + (marks > 0 ? ' ' + t('plan.check.figure', { points: marks }) : '')
      }
    >
      <figcaption>
        <strong>{title}</strong>
        <span className="plan-chart-legend">
          <span>
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" className="plan-p50" />
            </svg>
            {t('plan.chart.lat.p50')}
          </span>
          <span>
            <svg width="26" height="8" aria-hidden="true">
              <line x1="1" y1="4" x2="25" y2="4" className="plan-p99" />
            </svg>
            {t('plan.chart.lat.p99')}
          </span>
          {marks > 0 && <span>{t('plan.check.legend')}</span>}
        </span>
      </figcaption>
      <PlanChartSvg box={B} marks={marks}>
        <g aria-hidden="true">
          <defs>
            <clipPath id={clipId}>
              <rect {...geo.clip} />
            </clipPath>
          </defs>
          <PlanAxes
            box={B}
            xTicks={geo.xTicks}
            yTicks={geo.yTicks}
            xLabel={(v) => formatCompact(v, locale)}
            yLabel={(v) => formatCompact(v, locale)}
            xTitle={t('plan.chart.lat.x')}
            yTitle={t('plan.chart.lat.y')}
          />
          <g clipPath={`url(#${clipId})`}>
            <path d={geo.p50} className="plan-p50" fill="none" />
            <path d={geo.p99} className="plan-p99" fill="none" />
          </g>
        </g>
        <g clipPath={`url(#${clipId})`}>
          <CheckOverlay series={overlay} />
        </g>
        <g aria-hidden="true">
          <g className="plan-mark plan-knee">
            <line x1={geo.knee.x} x2={geo.knee.x} y1={top} y2={bottom} />
            <text x={geo.knee.x - 4} y={top + 12} textAnchor="end">
              {t('plan.chart.lat.knee', { ops: kneeOps })}
            </text>
          </g>
          {geo.offered && (
            <g className="plan-mark plan-offered">
              <line x1={geo.offered.x} x2={geo.offered.x} y1={top + 34} y2={bottom} />
              <text
                x={geo.offered.x + (geo.offered.x > geo.knee.x ? 4 : -4)}
                y={top + 30}
                textAnchor={geo.offered.x > geo.knee.x ? 'start' : 'end'}
              >
                {t('plan.chart.lat.offered')}
              </text>
            </g>
          )}
          <text className="plan-limit" x={B.width - B.right + 6} y={bottom - 4}>
            {t('plan.chart.lat.limit')}
          </text>
        </g>
      </PlanChartSvg>
    </figure>
  );
}

export const LatencyLoadChart = memo(LatencyLoadChartView);
