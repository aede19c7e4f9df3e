/**
 * One strategy's panel: its name, its two-line description, its metrics as text, the balancer
 * above its backends with requests animated between them (marks/, named by the one legend above
 * the panels), and the explanation of its last decision.
 */
import type { LabStrategyView } from '../../protocol/frame';
import { explainPick } from '../explain/pickReasons';
import { useT } from '../i18n/useT';
import { BackendBox } from './BackendBox';
import { MARKS_LEGEND_ID } from './marks/MarksLegend';
import { useRequestMarks } from './marks/useRequestMarks';
import { strategyKeys, strategyName } from './strategyText';
import { useBalancedColumns } from './useBalancedColumns';

export function StrategyPanel({
  s,
  marked,
  onToggle,
}: {
  s: LabStrategyView;
  marked: string | null;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  // The last decision, whose reason the panel shows (the decision log shows a few more).
  const last = s.recent.at(-1);
  const name = strategyName(t, s.id);
  const keys = strategyKeys(s.id);
  const headingId = `lb-panel-${s.id}`;
  const { stageRef, balancerRef, backRef, frontRef } = useRequestMarks(
    s.id,
    s.backends.map((b) => b.id).join(' '),
  );
  const backendsRef = useBalancedColumns(s.backends.length);
  const metrics: [string, string][] = [
    [t('metric.p50'), t('metric.ms', { value: s.p50 })],
    [t('metric.p95'), t('metric.ms', { value: s.p95 })],
    [t('metric.p99'), t('metric.ms', { value: s.p99 })],
    [t('metric.dropped'), String(s.dropped)],
    [t('metric.failed'), String(s.failed)],
  ];
  return (
    <section
      className="lb-panel"
      role="region"
      aria-label={t('compare.panel', { name })}
      aria-describedby={headingId}
    >
      <h3>{name}</h3>
      {keys && (
        <p className="lb-describe" id={headingId}>
          {t(keys.lines[0])}
          <br />
          {t(keys.lines[1])}
        </p>
      )}
      <dl className="lb-metrics">
        {metrics.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="lb-stage" ref={stageRef}>
        <div className="lb-balancer" ref={balancerRef}>
          {t('marks.balancer')}
        </div>
        <div
          className="lb-backends"
          ref={backendsRef}
          role="group"
          aria-label={t('compare.backends')}
        >
          {s.backends.map((b) => (
            <div key={b.id} className="lb-slot" data-backend={b.id}>
              <BackendBox b={b} marked={marked === b.id} onToggle={onToggle} />
            </div>
          ))}
        </div>
        <div className="lb-marks" role="img" aria-labelledby={MARKS_LEGEND_ID}>
          <canvas className="lb-marks-back" ref={backRef} />
          <canvas className="lb-marks-front" ref={frontRef} />
        </div>
      </div>
      <p className="lb-why">
        <span className="lb-why-label">{t('compare.lastPick')}</span>{' '}
        {last === undefined ? t('compare.noPick') : explainPick(last.backend, last.why, t)}
      </p>
    </section>
  );
}
