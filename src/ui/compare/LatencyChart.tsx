/**
 * The latency chart: one line per strategy on shared axes (the chosen percentile of each sampling
 * window), with a vertical marker at each membership change and backend kill. Each line has its
 * strategy's colour, a dash pattern and a direct label, so colour never carries it alone. The
 * geometry is memoized on the data: nothing is recomputed or redrawn while nothing changes.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { LabChartsView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import {
  LATENCY_BOX as B,
  latencyGeometry,
  PERCENTILES,
  type MarkerInput,
  type Percentile,
} from './chartModel';
import { inkOf, LineSample, StrategyPath, XAxis, YGrid } from './chartParts';
import { strategyName } from './strategyText';
import { ScaledSvg } from './ScaledSvg';

function LatencyChartView({
  charts,
  untilMs,
  markers,
}: {
  charts: LabChartsView;
  untilMs: number;
  markers: readonly MarkerInput[];
}) {
  const t = useT();
  const [pct, setPct] = useState<Percentile>('p99');
  const name = useId();
  const geo = useMemo(
    () => latencyGeometry(charts.series, pct, untilMs, [...charts.changes, ...markers]),
    [charts, pct, untilMs, markers],
  );
  const pctLabel = t(`metric.${pct}` as MessageKey);
  const values = geo.lines.map((l) => {
    const n = strategyName(t, l.id);
    return l.last === null
      ? t('chart.latency.none', { name: n })
      : t('chart.latency.value', { name: n, value: l.last });
  });
  const described = t('chart.latency.described', {
    pct: pctLabel,
    values: values.join(t('chart.sep')),
  });
  const bottom = B.height - B.bottom;

  return (
    <figure className="lb-chart lb-latency" aria-label={described} data-testid="latency-chart">
      <figcaption>
        <span className="lb-chart-head">
          <strong>{t('chart.latency.title', { pct: pctLabel })}</strong>
          <span className="lb-chart-toggle" role="radiogroup" aria-label={t('chart.percentile')}>
            {PERCENTILES.map((p) => (
              <label key={p} className={p === pct ? 'on' : undefined}>
                <input
                  type="radio"
                  name={name}
                  value={p}
                  checked={p === pct}
                  onChange={() => setPct(p)}
                />
                {t(`metric.${p}` as MessageKey)}
              </label>
            ))}
          </span>
        </span>
        <span className="lb-chart-note">
          {t('chart.latency.caption', { interval: charts.intervalMs })}
        </span>
        <span className="lb-chart-legend">
          {geo.lines.map((l, k) => (
            <span key={l.id}>
              <LineSample index={l.index} dash={l.dash} />
              {values[k]}
            </span>
          ))}
        </span>
      </figcaption>
      <ScaledSvg width={B.width} height={B.height} className="lb-chart-svg">
        <YGrid ticks={geo.yTicks} left={B.left} right={B.width - B.right}>
          <text x={B.left - 6} y={B.top - 10} textAnchor="end">
            {t('chart.axis.ms')}
          </text>
        </YGrid>
        <XAxis
          ticks={geo.xTicks}
          left={B.left}
          right={B.width - B.right}
          bottom={bottom}
          label={(v) => v / 1000}
        >
          <text x={B.width - B.right} y={B.height - 2} textAnchor="end">
            {t('chart.axis.time')}
          </text>
        </XAxis>
        <g className="lb-markers">
          {geo.markers.map((m) => (
            <g key={`${m.kind}|${m.backend}|${m.atMs}`} className={`lb-marker lb-marker-${m.kind}`}>
              <line x1={m.x} x2={m.x} y1={B.top - 2} y2={bottom} />
              <text x={m.x + 3} y={8 + m.row * 11}>
                {t(`chart.marker.${m.kind}` as MessageKey, { backend: m.backend })}
              </text>
            </g>
          ))}
        </g>
        <g className="lb-lines">
          {geo.lines.map((l) => (
            <StrategyPath key={l.id} d={l.d} index={l.index} dash={l.dash} />
          ))}
          {geo.lines.map(
            (l) =>
              l.label && (
                <text
                  key={l.id}
                  x={l.label.x}
                  y={l.label.y}
                  dy="0.32em"
                  style={{ fill: inkOf(l.index) }}
                  className="lb-line-label"
                >
                  {strategyName(t, l.id)}
                </text>
              ),
          )}
        </g>
      </ScaledSvg>
    </figure>
  );
}

/** Re-renders only when the charts, the run's length or the markers change (all held stable). */
export const LatencyChart = memo(LatencyChartView);
