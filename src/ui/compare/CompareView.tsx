/**
 * The comparison of load-balancing strategies: the picker, the membership the balancer sees
 * through ZooKeeper, one panel per strategy with the latency chart beside them (so the backends
 * and the key chart are on screen together), then the ZooKeeper side, the decisions, the other
 * charts and the summary table. It reads the lab part of the current frame, so the transport bar
 * drives it exactly as it drives the ensemble.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { AddBackendButton } from './AddBackendButton';
import { BackendActions } from './BackendActions';
import type { MarkerInput } from './chartModel';
import { DistributionChart } from './DistributionChart';
import { LatencyChart } from './LatencyChart';
import { DecisionLog } from './DecisionLog';
import { LabSettings } from './LabSettings';
import { LoadChart } from './LoadChart';
import { strategiesOf } from './compareScenario';
import { StrategyPicker } from './StrategyPicker';
import { StrategyPanel } from './StrategyPanel';
import { SummaryTable } from './SummaryTable';
import { useLabView } from './useLabView';
import { RingSection } from './ring/RingSection';
import { ZkStrip } from './zk/ZkStrip';
import { MarksLegend } from './marks/MarksLegend';

/** `select`: a backend selected as if clicked (a lesson step on the lab: src/ui/learn). */
export function CompareView({ select }: { select?: string } = {}) {
  const t = useT();
  const lab = useLabView();
  const chosen = useAppStore(useShallow((s) => strategiesOf(s.scenario) ?? []));
  const charts = useAppStore((s) => s.labCharts);
  const distribution = useAppStore((s) => s.labDistribution);
  const untilMs = useAppStore((s) => s.frame?.untilMs ?? 0);
  const allMarkers = useAppStore((s) => s.markers);
  const kills = useMemo(
    (): MarkerInput[] =>
      allMarkers.flatMap((m) =>
        (m.kind === 'kill-backend' || m.kind === 'restart-backend') && m.e >= 0
          ? [{ atMs: m.t, kind: m.kind, backend: m.backend ?? '' }]
          : [],
      ),
    [allMarkers],
  );
  const [marked, setMarked] = useState<string | null>(select ?? null);
  // A new selection from the lesson replaces the person's (set while rendering, as React advises
  // for state that follows a prop).
  const [selected, setSelected] = useState(select);
  if (select !== selected) {
    setSelected(select);
    if (select !== undefined) setMarked(select);
  }
  const toggle = (id: string) => setMarked((m) => (m === id ? null : id));
  const service = lab?.service ?? '';
  const picked = lab?.strategies[0]?.backends.find((b) => b.id === marked) ?? null;

  return (
    <section className="compare" aria-labelledby="compare-title">
      <div className="compare-head">
        <h2 id="compare-title">{t('compare.title')}</h2>
        <p className="compare-intro">{t('compare.intro', { service })}</p>
        <StrategyPicker chosen={chosen} />
        <LabSettings />
        <div className="lb-membership">
          <p data-testid="membership">
            <span className="lb-why-label">{t('compare.membership')}</span> <code>{service}</code>:{' '}
            {lab && lab.view.length > 0 ? lab.view.join(', ') : t('compare.membershipNone')}
          </p>
          {lab && <AddBackendButton />}
        </div>
      </div>
      {lab && (
        <>
          {picked && <BackendActions b={picked} onClose={() => setMarked(null)} />}
          <div className="lb-main" data-count={lab.strategies.length}>
            <div className="lb-main-panels">
              <MarksLegend />
              <div className="lb-panels" data-count={lab.strategies.length}>
                {lab.strategies.map((s) => (
                  <StrategyPanel key={s.id} s={s} marked={marked} onToggle={toggle} />
                ))}
              </div>
            </div>
            {charts && <LatencyChart charts={charts} untilMs={untilMs} markers={kills} />}
          </div>
          <ZkStrip />
          <DecisionLog strategies={lab.strategies} />
          {charts && (
            <div className="lb-charts">
              {distribution && <DistributionChart dist={distribution} />}
              <LoadChart rows={lab.strategies} />
            </div>
          )}
          <RingSection />
          <SummaryTable rows={lab.strategies} />
        </>
      )}
    </section>
  );
}
