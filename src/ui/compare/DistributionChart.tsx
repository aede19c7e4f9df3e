/**
 * The latency distribution of every strategy, overlaid: the CDF (default) or the histogram, on
 * one logarithmic latency axis. Each strategy keeps the colour and dash pattern it has in the
 * latency-over-time chart, and the legend and the figure's name give each strategy's p99 as text,
 * so neither colour nor the picture carries the comparison alone. Memoized on the distribution,
 * which the worker sends only when a completion count changed.
 */
import { memo, useId, useMemo, useState } from 'react';
import type { LabDistributionView } from '../../protocol/frame';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import {
  DISTRIBUTION_BOX as B,
  DISTRIBUTION_MODES,
  distributionGeometry,
  type DistributionMode,
} from './distributionModel';
import { colourOf, LineSample, StrategyPath, XAxis, YGrid } from './chartParts';
import { strategyName } from './strategyText';
import { ScaledSvg } from './ScaledSvg';

function DistributionChartView({ dist }: { dist: LabDistributionView }) {
  const t = useT();
  const [mode, setMode] = useState<DistributionMode>('cdf');
  const name = useId();
  const geo = useMemo(() => distributionGeometry(dist, mode), [dist, mode]);
  const values = dist.runs.map((r) => {
    const n = strategyName(t, r.id);
    return r.count === 0
      ? t('chart.latency.none', { name: n })
      : t('chart.dist.value', { name: n, value: r.p99 });
  });
  const described = t('chart.dist.described', { values: values.join(t('chart.sep')) });
  const bottom = B.height - B.bottom;
  const right = B.width - B.right;
  // The tints add up where histograms overlap: share a fixed total so four stay as calm as two.
  const areaOpacity = 0.16 / Math.max(2, dist.runs.length);

  return (
    <figure className="lb-chart lb-dist" aria-label={described} data-testid="distribution-chart">
      <figcaption>
        <span className="lb-chart-head">
          <strong>{t('chart.dist.title')}</strong>
          <span className="lb-chart-toggle" role="radiogroup" aria-label={t('chart.dist.mode')}>
            {DISTRIBUTION_MODES.map((m) => (
              <label key={m} className={m === mode ? 'on' : undefined}>
                <input
                  type="radio"
                  name={name}
                  value={m}
                  checked={m === mode}
                  onChange={() => setMode(m)}
                />
                {t(`chart.dist.${m}` as MessageKey)}
              </label>
            ))}
          </span>
        </span>
        <span className="lb-chart-note">{t(`chart.dist.caption.${mode}` as MessageKey)}</span>
        <span className="lb-chart-legend">
          {dist.runs.map((r, k) => (
            <span key={r.id}>
              <LineSample index={k} dash={geo.curves[k]?.dash ?? ''} />
              {values[k]}
            </span>
          ))}
        </span>
      </figcaption>
      <ScaledSvg width={B.width} height={B.height} className="lb-chart-svg">
        <YGrid ticks={geo.yTicks} left={B.left} right={right}>
          <text x={0} y={B.top - 10}>
            {t(`chart.dist.axis.${mode}` as MessageKey)}
          </text>
        </YGrid>
        <g className="lb-dist-guides">
          {geo.guides.map((g) => (
            <g key={g.pct}>
              <line x1={B.left} x2={right} y1={g.y} y2={g.y} />
              <text x={right + 4} y={g.labelY} dy="0.32em">
                {t(`metric.p${g.pct}` as MessageKey)}
              </text>
            </g>
          ))}
        </g>
        <XAxis ticks={geo.xTicks} left={B.left} right={right} bottom={bottom}>
          <text x={right} y={B.height - 2} textAnchor="end">
            {t('chart.dist.axis.latency')}
          </text>
        </XAxis>
        <g className="lb-lines">
          {geo.curves.map(
            (c) =>
              c.area && (
                <path
                  key={`area-${c.id}`}
                  d={c.area}
                  fill={colourOf(c.index)}
                  opacity={areaOpacity}
                />
              ),
          )}
          {geo.curves.map((c) => (
            <StrategyPath key={c.id} d={c.d} index={c.index} dash={c.dash} />
          ))}
          {geo.curves.map(
            (c) =>
              c.p99 && (
                <circle
                  key={`p99-${c.id}`}
                  cx={c.p99.x}
                  cy={c.p99.y}
                  r="3.5"
                  fill="#fff"
                  stroke={colourOf(c.index)}
                  strokeWidth="2"
                />
              ),
          )}
        </g>
      </ScaledSvg>
    </figure>
  );
}

/** Re-renders only when a new distribution arrives (the store keeps the last one by reference). */
export const DistributionChart = memo(DistributionChartView);
