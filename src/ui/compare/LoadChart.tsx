/**
 * Requests served per backend, one group of bars per strategy on one shared scale. Each backend
 * is labelled with its mean service time and each bar with its count and share, so a skew toward
 * the slow backend is read as text as well as seen. Re-rendered only when the counts change.
 */
import { memo } from 'react';
import type { LabStrategyView } from '../../protocol/frame';
import { useT } from '../i18n/useT';
import { dashOf, LOAD_BOX as B, loadGeometry } from './chartModel';
import { colourOf } from './chartParts';
import { strategyName } from './strategyText';
import { ScaledSvg } from './ScaledSvg';

function dataKey(rows: readonly LabStrategyView[]): string {
  return rows
    .map(
      (s) => `${s.id}:${s.backends.map((b) => `${b.id}=${b.served}@${b.meanServiceMs}`).join(',')}`,
    )
    .join(';');
}

function LoadChartView({ rows }: { rows: readonly LabStrategyView[] }) {
  const t = useT();
  const geo = loadGeometry(rows);
  const described = t('chart.load.described', {
    values: geo.groups
      .map((g) =>
        t('chart.load.strategy', {
          name: strategyName(t, g.id),
          values: g.bars
            .map((b) => t('chart.load.backend', { id: b.id, served: b.served, share: b.share }))
            .join(t('chart.sep')),
        }),
      )
      .join(t('chart.groupSep')),
  });
  return (
    <figure className="lb-chart lb-load" aria-label={described} data-testid="load-chart">
      <figcaption>
        <span className="lb-chart-head">
          <strong>{t('chart.load.title')}</strong>
        </span>
        <span className="lb-chart-note">{t('chart.load.caption')}</span>
      </figcaption>
      <ScaledSvg width={B.width} height={geo.height} className="lb-chart-svg">
        {geo.groups.map((g) => (
          <g key={g.id}>
            <text x={0} y={g.y + B.rowHeight / 2} dy="0.32em" className="lb-load-strategy">
              {strategyName(t, g.id)}
            </text>
            <line
              x1={B.width - 30}
              x2={B.width - 2}
              y1={g.y + B.rowHeight / 2}
              y2={g.y + B.rowHeight / 2}
              stroke={colourOf(g.index)}
              strokeWidth="2"
              strokeDasharray={dashOf(g.index)}
            />
            {g.bars.map((b) => (
              <g key={b.id}>
                <text x={geo.x0 - 6} y={b.y + B.rowHeight / 2} dy="0.32em" textAnchor="end">
                  {t('chart.load.service', { id: b.id, ms: Math.round(b.meanServiceMs) })}
                </text>
                <rect
                  x={geo.x0}
                  y={b.y + 3}
                  width={Math.max(b.width, b.served > 0 ? 1 : 0)}
                  height={B.rowHeight - 6}
                  rx="2"
                  fill={colourOf(g.index)}
                  opacity="0.75"
                />
                <text
                  x={geo.x0 + b.width + 4}
                  y={b.y + B.rowHeight / 2}
                  dy="0.32em"
                  className="lb-load-value"
                >
                  {t('chart.load.value', { served: b.served, share: b.share })}
                </text>
              </g>
            ))}
          </g>
        ))}
      </ScaledSvg>
    </figure>
  );
}

/** Re-renders only when a served count, a backend or a service time changed. */
export const LoadChart = memo(LoadChartView, (a, b) => dataKey(a.rows) === dataKey(b.rows));
